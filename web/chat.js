// Starts Web Chat: gets a token from this server (self-hosted Direct Line, or one exchanged with
// Azure), then connects over polling through a connection that outlasts server restarts
// (reconnectingDirectLine.js). The page's words are in the tenant's language (pageLanguage.js),
// and every activity tells the bot that language. Any failure is said in words, never a blank box.
(function () {
  'use strict';
  var language = window.chatPageLanguage;
  var host = document.getElementById('webchat');
  var status = document.getElementById('chat-status');
  var NOTE_MS = 10000; // how long a passing note ("Reconnected.") stays
  var shown = null;
  var noteTimer;

  // Status notes are kept by name, so switching language rewrites the one on screen.
  function say(key, passing) {
    shown = key;
    status.textContent = language.text(key);
    clearTimeout(noteTimer);
    if (passing) {
      noteTimer = setTimeout(function () {
        if (shown !== key) return;
        shown = null;
        status.textContent = '';
      }, NOTE_MS);
    }
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

  /** channelData the bot reads the page's language from (activity.locale carries it too). */
  function languageData() {
    var chosen = language.current();
    return { locale: chosen.locale, localeChosenBy: chosen.chosenBy };
  }

  // Every activity Web Chat sends carries the page's language; a Retry of a message that is still
  // waiting for the connection does not send it a second time.
  function createChatStore(connection) {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type !== 'DIRECT_LINE/POST_ACTIVITY') return next(action);
          var activity = action.payload.activity;
          var retried = activity.channelData && activity.channelData.clientActivityID;
          if (retried && connection.isHolding(retried)) {
            say('messageHeld');
            return undefined;
          }
          var channelData = Object.assign({}, activity.channelData, languageData());
          return next(Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: Object.assign({}, activity, { channelData: channelData }) }) }));
        };
      };
    });
  }

  // Opened from the private reply to a forwarded message (?continue=<token>): the bot picks up
  // that message. The token works once, so it is taken out of the address straight away.
  function continueForwardedMessage(connection, userId) {
    var params = new URLSearchParams(location.search);
    var token = params.get('continue');
    if (!token) return;
    params.delete('continue');
    history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params.toString() : ''));
    connection
      .postActivity({
        type: 'event',
        name: 'intake/continue',
        value: { token: token },
        from: { id: userId },
        locale: language.current().locale,
        channelData: languageData()
      })
      .subscribe({ error: function () { say('earlierMessageNotFound'); } });
  }

  // Web Chat makes only one suggested action reachable by Tab (the others by arrow keys, as in a
  // toolbar). Tenants expect Tab to reach every choice, so each keeps tabindex 0; arrows still work.
  function keepSuggestedActionsTabbable() {
    var SELECTOR = '.webchat__suggested-actions .webchat__suggested-action';
    function fix() {
      Array.prototype.forEach.call(host.querySelectorAll(SELECTOR + ':not([tabindex="0"])'), function (button) {
        button.setAttribute('tabindex', '0');
      });
    }
    new MutationObserver(fix).observe(host, { subtree: true, childList: true, attributes: true, attributeFilter: ['tabindex'] });
  }

  function start(session) {
    var connection = window.createReconnectingDirectLine({
      token: session.token,
      domain: session.domain || location.origin + '/v3/directline',
      healthUrl: '/healthz',
      locale: function () { return language.current().locale; },
      onHeld: function () { say('messageHeld'); },
      onReconnected: function () { say('reconnected', true); },
      onLost: function (everConnected) { say(everConnected ? 'chatCouldNotResume' : 'chatCouldNotStart'); }
    });
    var store = createChatStore(connection);
    function render() {
      window.WebChat.renderWebChat(
        {
          directLine: connection,
          store: store,
          userID: session.userId,
          locale: language.current().locale,
          overrideLocalizedStrings: language.webChatStrings(),
          styleOptions: STYLE
        },
        host
      );
    }
    // Same connection and store: Web Chat keeps the conversation and only changes its words.
    language.onChange(function () {
      if (shown) say(shown, shown === 'reconnected');
      render();
    });
    keepSuggestedActionsTabbable();
    render();
    continueForwardedMessage(connection, session.userId);
  }

  fetch('/api/webchat/token', { method: 'GET', cache: 'no-store' })
    .then(function (response) {
      if (!response.ok) throw new Error('token ' + response.status);
      return response.json();
    })
    .then(start)
    .catch(function () {
      say('chatCouldNotStart');
    });
})();
