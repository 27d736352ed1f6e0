// Live updates (ADR 0084): sections marked data-live are re-read when the server says the oversight read side changed.
// The page is fetched again with the user's own cookie, so nothing arrives that the API would not show this user.
(function () {
  const live = document.querySelectorAll("[data-live][id]");
  if (live.length === 0 || !window.EventSource) return;
  const status = document.getElementById("live-status");
  let refreshes = 0;
  let running = false;
  let again = false;
  async function refresh() {
    if (running) { again = true; return; }
    running = true;
    try {
      const response = await fetch(location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } });
      if (!response.ok) return;
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      for (const section of document.querySelectorAll("[data-live][id]")) {
        const fresh = page.getElementById(section.id);
        if (fresh) section.replaceWith(fresh);
      }
      refreshes += 1;
      document.body.dataset.liveRefreshes = String(refreshes);
      if (status) status.textContent = "已更新 " + new Date().toLocaleTimeString("zh-CN");
    } finally {
      running = false;
      if (again) { again = false; refresh(); }
    }
  }
  const source = new EventSource("/console/live");
  source.addEventListener("changed", refresh);
  source.addEventListener("ready", function () { document.body.dataset.live = "connected"; });
})();
