/*
 * A document uploaded from a page's document chooser is titled after the page (a publication
 * uploaded as "report.pdf" becomes "Know Your Rights: ..."), instead of after its file name.
 * Only on page types that ask for it with a panel marked data-swp-document-title-from-page, and
 * only while the page has a title; the title stays editable in the upload form.
 * Wagtail's public hook for this: the "wagtail:documents-upload" event.
 */
document.addEventListener("wagtail:documents-upload", (event) => {
  if (!document.querySelector("[data-swp-document-title-from-page]")) return;
  const pageTitle = document.querySelector("form[data-edit-form] input[name='title']");
  const title = pageTitle ? pageTitle.value.trim() : "";
  if (!title) return;
  const maxLength = event.detail.maxTitleLength;
  event.detail.data.title = maxLength ? title.slice(0, maxLength) : title;
});
