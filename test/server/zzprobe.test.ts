import { startTestServer } from "/work/main/test/server/startTestServer";
import { request } from "node:http";
const s = await startTestServer({ staticRoot: "/work/main/public", configFiles: [{ name: "a.json", content: new Uint8Array([123,125]) }] });
const port = new URL(s.url).port;
function raw(path: string, host = "127.0.0.1") {
  return new Promise<string>((resolve) => {
    const r = request({ host: "127.0.0.1", port, path, headers: { host } }, (res) => { let b=""; res.on("data", (c)=>b+=c); res.on("end", ()=>resolve(`${res.statusCode} csp=${!!res.headers["content-security-policy"]} ${b.slice(0,100)}`)); });
    r.on("error", (e)=>resolve("ERR "+e.message)); r.end();
  });
}
for (const p of ["/%", "/%2e%2e/%2e%2e/etc/passwd", "/api/config/0/..%2f..%2fpackage.json", "/api/config/99999999999999999999/a.json", "/..%5c..%5cetc/passwd", "/samples/%00", "/samples/..%00/x", "/api/config/0/%", "/%c0%ae%c0%ae/etc/passwd", "/samples/%E0%A4%A", "/index.html%00.json","/api/stream?lastEventId=%","/\\..\\..\\etc\\passwd"]) console.log(p, await raw(p));
await s.close();
