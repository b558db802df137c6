/* Sex Workers Project: small progressive enhancements. Served by the site; no third parties. */
(function () {
  "use strict";
  document.documentElement.classList.remove("no-js");
  document.documentElement.classList.add("js");

  // Quick exit: replace this page in the history with a neutral site, so Back does not return here.
  function quickExit(event) {
    var link = document.querySelector("[data-quick-exit]");
    var target = link ? link.getAttribute("href") : "https://www.weather.gov/";
    if (event) { event.preventDefault(); }
    document.body.style.visibility = "hidden";
    document.title = "";
    window.location.replace(target);
  }
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    if (now - lastEscape < 1500) { quickExit(event); }
    lastEscape = now;
  });

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  ready(function () {
    var exit = document.querySelector("[data-quick-exit]");
    if (exit) { exit.addEventListener("click", quickExit); }

    // Main menu: a disclosure button on small screens.
    var nav = document.querySelector(".main-nav");
    var toggle = nav && nav.querySelector(".main-nav__toggle");
    if (toggle) {
      toggle.hidden = false;
      toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") === "true";
        toggle.setAttribute("aria-expanded", String(!open));
        nav.classList.toggle("is-open", !open);
      });
    }

    // Video and audio: load the player only when the visitor presses Play.
    document.querySelectorAll("[data-embed-src]").forEach(function (holder) {
      var button = holder.querySelector(".media-placeholder__play");
      if (!button) { return; }
      button.addEventListener("click", function () {
        var frame = document.createElement("iframe");
        frame.src = holder.getAttribute("data-embed-src");
        frame.title = holder.getAttribute("data-embed-title") || "Embedded media";
        frame.className = "media-frame";
        frame.allow = "autoplay; fullscreen; picture-in-picture";
        frame.setAttribute("allowfullscreen", "");
        frame.referrerPolicy = "strict-origin-when-cross-origin";
        holder.replaceWith(frame);
        frame.focus();
      });
    });
  });
})();
