// The console's screenshots in docs/console, taken from a running Host after `seed demo-month` (ADR 0099, 0138).
// Usage: node --experimental-websocket docs/console/screenshots.mjs [http://127.0.0.1:5080]
// Needs Node 20+ and Debian's chromium; no package. Signs in with the Development identities, as a user would.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const base = (process.argv[2] ?? "http://127.0.0.1:5080").replace(/\/$/, "");
const out = dirname(fileURLToPath(import.meta.url));
const identities = {
  BusinessOffice: "区营商办 张三（区营商办）", Supervisor: "区纪委监委 李四（监督人员）", DepartmentHandler: "区市场监管局 赵六（部门经办人）",
  WindowClerk: "综合窗口 王五（窗口人员）", Enterprise: "重庆南川示例科技有限公司（企业）", Admin: "平台管理员（管理员）",
};

const browser = spawn("chromium", ["--headless=new", "--no-sandbox", "--remote-debugging-port=0", "--hide-scrollbars", "--lang=zh-CN",
  `--user-data-dir=${mkdtempSync(join(tmpdir(), "console-shots-"))}`, "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
const endpoint = await new Promise((resolve, reject) => {
  let text = "";
  browser.stderr.on("data", chunk => {
    text += chunk;
    const found = /DevTools listening on (ws:\/\/\S+)/.exec(text);
    if (found) resolve(found[1]);
  });
  browser.on("exit", code => reject(new Error(`chromium exited (${code}): ${text}`)));
});

const socket = new WebSocket(endpoint);
await new Promise(resolve => socket.addEventListener("open", resolve, { once: true }));
let next = 0;
const pending = new Map();
socket.addEventListener("message", event => {
  const message = JSON.parse(event.data);
  if (message.id && pending.has(message.id)) {
    const { resolve, reject } = pending.get(message.id);
    pending.delete(message.id);
    message.error ? reject(new Error(JSON.stringify(message.error))) : resolve(message.result);
  }
});
const send = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
  const id = ++next;
  pending.set(id, { resolve, reject });
  socket.send(JSON.stringify({ id, method, params, sessionId }));
});
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** A page in a browser context of its own (own cookies), of the given size. */
async function newPage(width, height) {
  const { browserContextId } = await send("Target.createBrowserContext");
  const { targetId } = await send("Target.createTarget", { url: "about:blank", browserContextId });
  const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
  const call = (method, params) => send(method, params, sessionId);
  await call("Page.enable");
  await call("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 1, mobile: width < 500 });
  const evaluate = async expression => (await call("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true })).result.value;
  const waitFor = async (expression, what) => {
    for (let i = 0; i < 300; i++) {
      if (await evaluate(expression).catch(() => false)) return;
      await sleep(100);
    }
    throw new Error(`timed out waiting for ${what} on ${await evaluate("location.href")}: ${await evaluate("document.querySelector('main')?.innerText.slice(0, 400)")}`);
  };
  const goto = async path => {
    await call("Page.navigate", { url: base + path });
    await sleep(300);
    await waitFor("document.readyState === 'complete'", "the page to load");
  };
  const click = async text => {
    const clicked = await evaluate(`(() => { const b = [...document.querySelectorAll("button, a")].find(e => e.textContent.trim() === ${JSON.stringify(text)});
      if (b) b.click(); return !!b; })()`);
    if (!clicked) throw new Error(`no button or link "${text}" on ${await evaluate("location.href")}`);
    await sleep(300);
    await waitFor("document.readyState === 'complete'", "the page after the click");
  };
  const shoot = async name => {
    await sleep(800); // ECharts' entry animation and the live sections' first refresh
    const { cssContentSize } = await call("Page.getLayoutMetrics");
    const { data } = await call("Page.captureScreenshot", {
      format: "png", captureBeyondViewport: true,
      clip: { x: 0, y: 0, width: Math.ceil(cssContentSize.width), height: Math.ceil(cssContentSize.height), scale: 1 },
    });
    writeFileSync(join(out, `${name}.png`), Buffer.from(data, "base64"));
    console.log(`${name}.png`);
  };
  const signIn = async role => {
    await goto("/console/sign-in");
    await click(identities[role]);
    await waitFor("document.querySelector('h1')?.textContent.includes('工作台')", `the ${role} worklist`);
  };
  return { evaluate, waitFor, goto, click, shoot, signIn, close: () => send("Target.disposeBrowserContext", { browserContextId }) };
}

try {
  for (const role of Object.keys(identities)) {
    const page = await newPage(1366, 900);
    await page.signIn(role);
    await page.shoot(`worklist-${role.toLowerCase()}`);
    if (role === "BusinessOffice") {
      const casePath = await page.evaluate(`document.querySelector("#overdue a[href^='/console/cases/']")?.getAttribute("href")`);
      if (!casePath) throw new Error("the business office's overdue list is empty: was the month seeded?");
      await page.goto(casePath);
      await page.shoot("case-page");
      await page.goto("/console/charts");
      await page.waitFor("document.body.dataset.charts === 'drawn'", "the charts");
      await page.shoot("charts");
    }
    if (role === "Supervisor") {
      await page.goto("/console/enterprises/91500119MA5U8XRB98");
      await page.shoot("enterprise-thread");
    }
    await page.close();
  }
  const phone = await newPage(390, 844);
  await phone.signIn("Enterprise");
  await phone.goto("/console/enterprises/91500119MA5U8XRB98");
  await phone.shoot("enterprise-phone");
  await phone.close();
} finally {
  socket.close();
  browser.kill();
}
