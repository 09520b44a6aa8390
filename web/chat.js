// Starts Web Chat: gets a token from this server (self-hosted Direct Line, or one exchanged with
// Azure), then connects over polling. Any failure is said in words, never left as a blank box.
(function () {
  'use strict';
  var status = document.getElementById('chat-status');
  var ENDED = 5; // DirectLineJS ConnectionStatus.Ended: the server no longer knows the conversation.
  var FAILED = 4; // ConnectionStatus.FailedToConnect
  var RESTART_CHECK_MS = 4000;

  function say(message) {
    status.textContent = message;
  }

  // Opened from the private reply to a forwarded message (?continue=<token>): the bot picks up
  // that message. The token works once, so it is taken out of the address straight away.
  function continueForwardedMessage(directLine, userId) {
    var params = new URLSearchParams(location.search);
    var token = params.get('continue');
    if (!token) return;
    params.delete('continue');
    history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params.toString() : ''));
    directLine
      .postActivity({ type: 'event', name: 'intake/continue', value: { token: token }, from: { id: userId } })
      .subscribe({ error: function () { say('Sorry, we could not find your earlier message. Please tell us what has happened.'); } });
  }

  var STYLE = {
    hideUploadButton: true,
    accent: '#0b3d4f',
    suggestedActionLayout: 'flow',
    bubbleBorderRadius: 8,
    bubbleFromUserBorderRadius: 8,
    bubbleFromUserBackground: '#e8f1f4',
    sendBoxButtonColor: '#0b3d4f',
    primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
  };
  var current = null;

  // Renders Web Chat on a Direct Line connection. With `resume`, it reconnects to the same
  // conversation (its transcript and the bot's place in it are kept by the server).
  function connect(session, resume) {
    if (current) current.end();
    var options = { domain: session.domain || location.origin + '/v3/directline', webSocket: false, token: session.token };
    if (resume) options.conversationId = session.conversationId;
    var directLine = window.WebChat.createDirectLine(options);
    current = directLine;
    directLine.connectionStatus$.subscribe(function (connectionStatus) {
      if (directLine !== current) return;
      if (connectionStatus === ENDED || connectionStatus === FAILED) {
        say('This chat has ended. Reload the page to start a new one.');
      }
    });
    // A fresh element: the old Web Chat (and its stopped poller) is left behind whole.
    var host = document.getElementById('webchat');
    var fresh = host.cloneNode(false);
    host.parentNode.replaceChild(fresh, host);
    window.WebChat.renderWebChat({ directLine: directLine, userID: session.userId, locale: 'en-GB', styleOptions: STYLE }, fresh);
    return directLine;
  }

  // Polling Direct Line gives up for good after one failed poll, so a restart or redeploy of the
  // server would silently freeze the chat. The server's boot id tells us it restarted: then we
  // reconnect to the same conversation, and the tenant carries on where they were.
  function reconnectAfterRestarts(session) {
    var bootId = null;
    var wasDown = false;
    function check() {
      fetch('/healthz', { cache: 'no-store' })
        .then(function (response) { return response.json(); })
        .then(function (health) {
          var restarted = wasDown || (bootId !== null && health.bootId !== bootId);
          bootId = health.bootId;
          wasDown = false;
          if (restarted) connect(session, true);
        })
        .catch(function () { wasDown = true; /* still restarting: try again next time */ });
    }
    check();
    setInterval(check, RESTART_CHECK_MS);
  }

  fetch('/api/webchat/token', { method: 'GET', cache: 'no-store' })
    .then(function (response) {
      if (!response.ok) throw new Error('token ' + response.status);
      return response.json();
    })
    .then(function (session) {
      var directLine = connect(session, false);
      continueForwardedMessage(directLine, session.userId);
      if (!session.domain) reconnectAfterRestarts(session);
    })
    .catch(function () {
      say('Sorry, the chat could not start. Please reload the page, or contact us by phone or email.');
    });
})();
