// A Direct Line connection for Web Chat that outlasts restarts and outages of the server.
//
// DirectLineJS over polling stops for good after one failed poll, and ending it makes the page look
// as if the chat had ended. So Web Chat is given this stand-in instead: one conversation, with a
// DirectLineJS underneath that is replaced (same conversation, current token) whenever the server
// is back, so Web Chat itself never sees the connection drop. Messages sent meanwhile are held and
// sent once it is back; activities Web Chat already has are not given to it twice.
//
// Web Chat uses: activity$, connectionStatus$, postActivity(), end(), setUserId() and token.
(function () {
  'use strict';
  var UNINITIALIZED = 0;
  var CONNECTING = 1;
  var ONLINE = 2;
  var FAILED = 4;
  var ENDED = 5;
  var CHECK_MS = 4000; // how often the server is asked whether it is up, and which start of it this is
  var CHECK_WHILE_DOWN_MS = 1000;
  var ECHO_WAIT_MS = 10000; // a message the server took that is not polled back by then means polling stopped

  /** A small multicast observable; with `replay`, new subscribers get the latest value at once (as a BehaviorSubject). */
  function createSubject(replay, initial, onFirstSubscriber) {
    var observers = [];
    var latest = initial;
    var started = false;
    return {
      next: function (value) {
        latest = value;
        observers.slice().forEach(function (observer) {
          if (observer.next) observer.next(value);
        });
      },
      value: function () {
        return latest;
      },
      observable: {
        subscribe: function (observerOrNext, error, complete) {
          var observer = typeof observerOrNext === 'function' ? { next: observerOrNext, error: error, complete: complete } : observerOrNext || {};
          var closed = false;
          observers.push(observer);
          if (replay && observer.next) observer.next(latest);
          if (!started && onFirstSubscriber) {
            started = true;
            onFirstSubscriber();
          }
          return {
            unsubscribe: function () {
              closed = true;
              observers = observers.filter(function (o) { return o !== observer; });
            },
            get closed() {
              return closed;
            }
          };
        }
      }
    };
  }

  /** A 4xx answer: the server refused the request itself, and sending it again will not help. */
  function refused(answer) {
    return !!answer && answer.status >= 400 && answer.status < 500;
  }

  /**
   * options: token (the page's Direct Line token), domain, locale() (for the conversation's start),
   * healthUrl, and callbacks onHeld() (a message waits for the connection), onReconnected(), and
   * onLost(everConnected) when the conversation cannot be picked up again.
   */
  window.createReconnectingDirectLine = function (options) {
    var status = createSubject(true, UNINITIALIZED);
    var activities = createSubject(false, undefined, function () {
      current = open(false);
      listen(current);
    });
    var current = null; // the DirectLineJS in use
    var replacing = null; // a DirectLineJS connecting to the same conversation, to take over from `current`
    var everOnline = false;
    var interrupted = false; // `current` may have stopped polling: replace it once the server answers
    var stopped = false;
    var userId;
    var seen = {}; // ids of the activities Web Chat has been given
    var pending = []; // { activity, observer, via }: posts not yet taken by the server
    var echoTimers = [];
    var bootId = null;
    var serverDown = false;
    var checkTimer;
    var checking = false;

    function open(resume) {
      var directLine = window.WebChat.createDirectLine({
        domain: options.domain,
        webSocket: false,
        token: current ? current.token : options.token,
        conversationId: resume ? current.conversationId : undefined,
        conversationStartProperties: resume ? undefined : { locale: options.locale() }
      });
      if (userId) directLine.setUserId(userId);
      return directLine;
    }

    // Separate from open(), so `current` or `replacing` already names it when its first statuses arrive.
    function listen(directLine) {
      directLine.subscriptions = [
        directLine.connectionStatus$.subscribe(function (value) { statusChanged(directLine, value); }),
        // Subscribing starts it. Polling that stops is not an error here: the health check notices.
        directLine.activity$.subscribe(received, function () {})
      ];
    }

    function retire(directLine) {
      if (!directLine || directLine.retired) return;
      directLine.retired = true;
      directLine.subscriptions.forEach(function (subscription) { subscription.unsubscribe(); });
      directLine.end(); // stops its token refresh; nobody listens to it any more
    }

    function statusChanged(directLine, value) {
      if (directLine === replacing) {
        if (value === ONLINE) takeOver(directLine);
        else if (value === FAILED || value === ENDED) reconnectFailed(directLine);
        return;
      }
      if (directLine !== current) return;
      if (!everOnline) {
        // The first connection: Web Chat sees it as it is.
        if (value === ONLINE) everOnline = true;
        status.next(value);
        if (value === ONLINE) flush();
        if (value === FAILED || value === ENDED) lose();
        return;
      }
      if (value === ENDED) lose(); // the server no longer has this conversation (404)
      else if (value !== ONLINE && value !== CONNECTING) interrupt();
    }

    function takeOver(directLine) {
      var old = current;
      replacing = null;
      current = directLine;
      interrupted = false;
      retire(old);
      flush();
      options.onReconnected();
    }

    // DirectLineJS does not say why it could not reconnect, so the server is asked once more: only a
    // refusal of the conversation itself (unknown, or its token expired) ends the chat; anything
    // else (still starting, unreachable again) is tried again after the next health check.
    function reconnectFailed(directLine) {
      var url = options.domain + '/conversations/' + encodeURIComponent(directLine.conversationId);
      var token = directLine.token;
      replacing = null;
      retire(directLine);
      fetch(url, { headers: { Authorization: 'Bearer ' + token }, cache: 'no-store' })
        .then(function (response) {
          if (refused(response) && response.status !== 408 && response.status !== 429) lose();
        })
        .catch(function () {});
    }

    function reconnect() {
      if (replacing || stopped || !everOnline) return;
      replacing = open(true);
      listen(replacing);
    }

    function received(activity) {
      if (activity.id) {
        if (seen[activity.id]) return;
        seen[activity.id] = true;
      }
      activities.next(activity);
    }

    function interrupt() {
      if (interrupted) return;
      interrupted = true;
      check();
    }

    function canSend() {
      return everOnline && !interrupted && !stopped;
    }

    function flush() {
      pending.slice().forEach(function (entry) {
        if (!entry.via) send(entry);
      });
    }

    function send(entry) {
      var via = current;
      entry.via = via;
      entry.subscription = via.postActivity(entry.activity).subscribe(
        function (id) {
          entry.via = null;
          if (id === 'retry') {
            // DirectLineJS's answer when the request did not get through (server down, 5xx).
            if (via === current) interrupt();
            hold(entry);
            return;
          }
          pending.splice(pending.indexOf(entry), 1);
          if (entry.activity.type === 'message') watchForEcho(id); // every Direct Line echoes messages
          entry.observer.next(id);
          if (entry.observer.complete) entry.observer.complete();
        },
        function (error) {
          entry.via = null;
          // 403 is an expired token: a connection matter, which a reconnect sorts out or ends.
          if (refused(error) && error.status !== 403) {
            pending.splice(pending.indexOf(entry), 1);
            if (entry.observer.error) entry.observer.error(error);
            return;
          }
          if (via === current) interrupt();
          hold(entry);
        }
      );
    }

    function hold(entry) {
      if (canSend()) send(entry);
      else options.onHeld();
    }

    // The server answers a post only after storing it, so a message comes back with the next poll or two.
    function watchForEcho(id) {
      var timer = setTimeout(function () {
        echoTimers.splice(echoTimers.indexOf(timer), 1);
        if (!seen[id]) interrupt();
      }, ECHO_WAIT_MS);
      echoTimers.push(timer);
    }

    function postActivity(activity) {
      return {
        subscribe: function (observerOrNext, error, complete) {
          var observer = typeof observerOrNext === 'function' ? { next: observerOrNext, error: error, complete: complete } : observerOrNext || {};
          var entry = { activity: activity, observer: observer, via: null };
          if (stopped) {
            if (observer.error) observer.error(new Error('The chat has been given up.'));
            return { unsubscribe: function () {} };
          }
          pending.push(entry);
          if (canSend()) send(entry);
          else if (everOnline) options.onHeld();
          return {
            // Web Chat gave up waiting (after its send timeout): it will not be sent later behind its back.
            unsubscribe: function () {
              var index = pending.indexOf(entry);
              if (index < 0) return;
              pending.splice(index, 1);
              if (entry.subscription) entry.subscription.unsubscribe();
            }
          };
        }
      };
    }

    function isHolding(clientActivityId) {
      return pending.some(function (entry) {
        return entry.activity.channelData && entry.activity.channelData.clientActivityID === clientActivityId;
      });
    }

    // Asks the server whether it is up. A new boot id means it restarted; an answer after no answer
    // means it was unreachable (from here, at least). Either way polling has probably stopped.
    function check() {
      if (checking || stopped) return;
      checking = true;
      clearTimeout(checkTimer);
      fetch(options.healthUrl, { cache: 'no-store' })
        .then(function (response) {
          if (!response.ok) throw new Error('health ' + response.status);
          return response.json();
        })
        .then(function (health) {
          var restarted = bootId !== null && health.bootId !== bootId;
          bootId = health.bootId;
          if (restarted || serverDown) interrupted = true;
          serverDown = false;
          if (interrupted) reconnect();
        })
        .catch(function () {
          serverDown = true;
        })
        .then(function () {
          checking = false;
          if (!stopped) checkTimer = setTimeout(check, serverDown || interrupted ? CHECK_WHILE_DOWN_MS : CHECK_MS);
        });
    }

    function stop() {
      stopped = true;
      clearTimeout(checkTimer);
      echoTimers.forEach(clearTimeout);
      retire(replacing);
      retire(current);
      replacing = null;
    }

    function lose() {
      if (stopped) return;
      var wasOnline = everOnline;
      stop();
      pending.splice(0).forEach(function (entry) {
        if (entry.observer.error) entry.observer.error(new Error('The conversation could not be picked up again.'));
      });
      status.next(FAILED);
      options.onLost(wasOnline);
    }

    check();

    return {
      activity$: activities.observable,
      connectionStatus$: status.observable,
      postActivity: postActivity,
      /** True while a message with this clientActivityID waits for the connection (a retry would send it twice). */
      isHolding: isHolding,
      /** Called by Web Chat when it disconnects or the page goes. */
      end: function () {
        stop();
        status.next(ENDED);
      },
      setUserId: function (id) {
        userId = id;
      },
      get token() {
        return current ? current.token : options.token;
      }
    };
  };
})();
