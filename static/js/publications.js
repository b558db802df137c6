/* Publications: a "Copy the citation" button (the citation itself is plain text on the page).
   What it says afterwards comes from the button's data-copied and data-copy-failed (translated by the page). */
(function () {
  "use strict";
  if (!navigator.clipboard) {
    return;
  }
  document.querySelectorAll("[data-copy-citation]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy-citation"));
    var status = button.parentNode.querySelector(".citation__status");
    if (!source) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(
        function () {
          if (status) { status.textContent = button.getAttribute("data-copied") || ""; }
        },
        function () {
          if (status) { status.textContent = button.getAttribute("data-copy-failed") || ""; }
        }
      );
    });
  });
})();
