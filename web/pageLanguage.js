// The page's language: the one the tenant chose with the switch (remembered in this browser),
// else the first of the browser's languages the page has, else English. It puts the page's own
// words in that language and tells the rest of the page (window.chatPageLanguage) when it changes.
// The words come from the page's data block (web/pageText/<code>.json on the server).
(function () {
  'use strict';
  var STORAGE_KEY = 'chat-page-language';
  var data = JSON.parse(document.getElementById('page-text').textContent);
  var languages = data.languages;
  var switchButton = document.getElementById('language-switch');
  var listeners = [];
  var current = chosenLanguage();

  function remembered() {
    try {
      return window.localStorage.getItem(STORAGE_KEY);
    } catch (e) {
      return null; // storage refused (private browsing): the browser's languages decide
    }
  }

  function remember(code) {
    try {
      window.localStorage.setItem(STORAGE_KEY, code);
    } catch (e) {
      /* the choice then lasts until the page is reloaded */
    }
  }

  function chosenLanguage() {
    var code = remembered();
    if (code && languages[code]) return { code: code, chosenBy: 'tenant' };
    var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < preferred.length; i += 1) {
      var primary = String(preferred[i]).toLowerCase().split('-')[0];
      if (languages[primary]) return { code: primary, chosenBy: 'browser' };
    }
    return { code: data.defaultLanguage, chosenBy: 'browser' };
  }

  function otherLanguage() {
    return Object.keys(languages).filter(function (code) { return code !== current.code; })[0];
  }

  function text(key) {
    return languages[current.code].page[key];
  }

  function apply() {
    var other = otherLanguage();
    document.documentElement.lang = languages[current.code].locale;
    document.title = text('title').replace('{landlord}', data.landlord);
    Array.prototype.forEach.call(document.querySelectorAll('[data-text]'), function (element) {
      element.textContent = text(element.getAttribute('data-text'));
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-text-label]'), function (element) {
      element.setAttribute('aria-label', text(element.getAttribute('data-text-label')));
    });
    // The switch is written in the language it switches to, and marked so screen readers say it so.
    switchButton.textContent = text('languageSwitch');
    switchButton.lang = languages[other].locale;
    switchButton.hidden = false;
  }

  switchButton.addEventListener('click', function () {
    current = { code: otherLanguage(), chosenBy: 'tenant' };
    remember(current.code);
    apply();
    listeners.forEach(function (listener) { listener(); });
  });
  apply();

  window.chatPageLanguage = {
    /** code ('en', 'cy'), locale ('cy-GB') and chosenBy ('tenant' with the switch, else 'browser'). */
    current: function () {
      return { code: current.code, locale: languages[current.code].locale, chosenBy: current.chosenBy };
    },
    text: text,
    /** Web Chat's own strings in this language, for its overrideLocalizedStrings prop. */
    webChatStrings: function () {
      return languages[current.code].webChat;
    },
    onChange: function (listener) {
      listeners.push(listener);
    }
  };
})();
