/** Saves a file through the browser's download, as if the user followed a link to it. */
export function downloadFile(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  // Clicked detached: appended to the body it would be inert while a modal dialog (the
  // report) is open, and the click would do nothing.
  link.click();
  // Revoked on the next turn: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
