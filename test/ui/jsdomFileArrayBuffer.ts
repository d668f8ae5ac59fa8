// jsdom's File has no arrayBuffer(); browsers' does, and the app reads files with it. Imported
// by the tests that open files, it reads them the older way.
if (!("arrayBuffer" in File.prototype)) {
  Object.defineProperty(File.prototype, "arrayBuffer", {
    value(this: File) {
      return new Promise<ArrayBuffer>((done) => {
        const reader = new FileReader();
        reader.onload = () => done(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

export {};
