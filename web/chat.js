// Starts Web Chat: gets a token from this server (self-hosted Direct Line, or one exchanged with
// Azure), then connects over polling. Any failure is said in words, never left as a blank box.
(function () {
  'use strict';
  var status = document.getElementById('chat-status');
  var ENDED = 5; // DirectLineJS ConnectionStatus.Ended: the server no longer knows the conversation.
  var FAILED = 4; // ConnectionStatus.FailedToConnect

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

  fetch('/api/webchat/token', { method: 'GET', cache: 'no-store' })
    .then(function (response) {
      if (!response.ok) throw new Error('token ' + response.status);
      return response.json();
    })
    .then(function (session) {
      var directLine = window.WebChat.createDirectLine({
        domain: session.domain || location.origin + '/v3/directline',
        webSocket: false,
        token: session.token
      });
      directLine.connectionStatus$.subscribe(function (connectionStatus) {
        if (connectionStatus === ENDED || connectionStatus === FAILED) {
          say('This chat has ended. Reload the page to start a new one.');
        }
      });
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          userID: session.userId,
          locale: 'en-GB',
          styleOptions: {
            hideUploadButton: true,
            accent: '#0b3d4f',
            suggestedActionLayout: 'flow',
            bubbleBorderRadius: 8,
            bubbleFromUserBorderRadius: 8,
            bubbleFromUserBackground: '#e8f1f4',
            sendBoxButtonColor: '#0b3d4f',
            primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
          }
        },
        document.getElementById('webchat')
      );
      continueForwardedMessage(directLine, session.userId);
    })
    .catch(function () {
      say('Sorry, the chat could not start. Please reload the page, or contact us by phone or email.');
    });
})();
