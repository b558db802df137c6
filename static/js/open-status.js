/* Sex Workers Project: "Open now, closes at 5 p.m." on the Get help page, worked out in the visitor's
   browser, in New York time, from the office hours and closures the page publishes in data attributes.
   The server never says whether the office is open, so a page kept in a cache is never wrong about it.
   The sentences come from the page (translated there); {time}, {day} and {name} are filled in here. */
(function () {
  "use strict";

  function read(element, name) {
    try {
      var value = JSON.parse(element.getAttribute(name) || "[]");
      return Array.isArray(value) ? value : [];
    } catch (error) {
      return [];
    }
  }

  function fill(template, values) {
    return (template || "").replace(/\{(\w+)\}/g, function (match, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : match;
    });
  }

  function minutes(hhmm) {
    var parts = String(hhmm).split(":");
    return parseInt(parts[0], 10) * 60 + parseInt(parts[1], 10);
  }

  // The date (YYYY-MM-DD), ISO weekday (Monday 1 … Sunday 7) and minutes since midnight of `date` in `zone`.
  function wallClock(date, zone) {
    var parts = {};
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(date).forEach(function (part) { parts[part.type] = part.value; });
    var day = Date.UTC(+parts.year, +parts.month - 1, +parts.day);
    return { day: day, minutes: (+parts.hour % 24) * 60 + +parts.minute };
  }

  function isoDate(utcDay) { return new Date(utcDay).toISOString().slice(0, 10); }
  function isoWeekday(utcDay) { return new Date(utcDay).getUTCDay() || 7; }

  function closureOn(closures, iso) {
    for (var i = 0; i < closures.length; i++) {
      if (closures[i].from <= iso && iso <= closures[i].to) { return closures[i]; }
    }
    return null;
  }

  function openingsOn(hours, weekday) {
    return hours.filter(function (row) { return row.day === weekday; })
      .sort(function (a, b) { return minutes(a.opens) - minutes(b.opens); });
  }

  // The sentence to show at `now`, or "" when the published hours never open in the next two weeks.
  function statusText(element, now) {
    var hours = read(element, "data-hours");
    var closures = read(element, "data-closures");
    var days = read(element, "data-days");
    var clock = wallClock(now, element.getAttribute("data-time-zone") || "America/New_York");
    var todayIso = isoDate(clock.day);
    var closedToday = closureOn(closures, todayIso);
    var DAY = 24 * 60 * 60 * 1000;
    var i, j, rows;

    if (!closedToday) {
      rows = openingsOn(hours, isoWeekday(clock.day));
      for (j = 0; j < rows.length; j++) {
        if (minutes(rows[j].opens) <= clock.minutes && clock.minutes < minutes(rows[j].closes)) {
          return { open: true, text: fill(element.getAttribute("data-open-now"), { time: rows[j].closesLabel }) };
        }
      }
    }
    for (i = 0; i < 15; i++) {
      var day = clock.day + i * DAY;
      if (closureOn(closures, isoDate(day))) { continue; }
      rows = openingsOn(hours, isoWeekday(day));
      for (j = 0; j < rows.length; j++) {
        if (i === 0 && minutes(rows[j].opens) <= clock.minutes) { continue; }
        var name = i === 0 ? "data-opens-today" : i === 1 ? "data-opens-tomorrow" : "data-opens-on";
        var text = fill(element.getAttribute(name), { time: rows[j].opensLabel, day: days[isoWeekday(day) - 1] || "" });
        if (closedToday) {
          text = fill(element.getAttribute("data-closed-for"), { name: closedToday.name }) + " " + text;
        }
        return { open: false, text: text };
      }
    }
    return { open: false, text: "" };
  }

  // Closures that ended before today (the page may have been cached since) are hidden.
  function hidePastClosures(now) {
    var todayIso = isoDate(wallClock(now, "America/New_York").day);
    document.querySelectorAll("[data-closures-list]").forEach(function (list) {
      var shown = 0;
      list.querySelectorAll("[data-closure-to]").forEach(function (item) {
        item.hidden = item.getAttribute("data-closure-to") < todayIso;
        if (!item.hidden) { shown += 1; }
      });
      list.hidden = shown === 0;
    });
  }

  function update() {
    var now = new Date();
    document.querySelectorAll("[data-open-status]").forEach(function (element) {
      var status = statusText(element, now);
      element.textContent = status.text;
      element.hidden = !status.text;
      element.classList.toggle("open-status--open", status.open);
      element.classList.toggle("open-status--closed", !status.open);
    });
    hidePastClosures(now);
  }

  function start() {
    update();
    // Keep it right while the page stays open: the next minute may close or open the office.
    window.setInterval(update, 60 * 1000);
  }

  if (document.readyState !== "loading") { start(); } else { document.addEventListener("DOMContentLoaded", start); }
})();
