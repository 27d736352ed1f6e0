using Microsoft.AspNetCore.RateLimiting;
using Nanchuan.BuildingBlocks.Platform.RateLimiting;

namespace Nanchuan.Awards.Publishing;

/// <summary>
/// The voting page for phones: one small HTML page, no script library, that lists the candidates from the public endpoint
/// and votes through the API with the voter's sign-in token (set by the platform's phone/WeChat sign-in in the session).
/// </summary>
public static class VotingPageEndpoint
{
    [WolverineGet($"{AwardsModule.Route}/public/contests/{{year}}/vote-page")]
    [AllowAnonymous]
    [EnableRateLimiting(PublicRateLimits.PublicPages)]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("手机投票页面 / The voting page for phones")]
    [EndpointDescription("Without sign-in: an HTML page sized for phones listing the year's candidates with their vote counts; voting needs the voter's phone or WeChat sign-in, and the page shows each receipt.")]
    [Produces("text/html")]
    public static IResult Get(int year) => Results.Content(Page.Replace("{{year}}", year.ToString(System.Globalization.CultureInfo.InvariantCulture)), "text/html; charset=utf-8");

    private const string Page = """
        <!doctype html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{year}}年度南川区“最佳案例大家评”网络投票</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:0;padding:12px;max-width:640px;margin:auto;font-size:16px}
        li{list-style:none;border-bottom:1px solid #ddd;padding:12px 0}
        button{width:100%;min-height:44px;font-size:16px;margin-top:8px}
        .receipt{word-break:break-all;font-size:12px;color:#555}
        </style>
        </head>
        <body>
        <h1>{{year}}年度“最佳案例大家评”</h1>
        <p>每人每天可为每个案例投1票，每天最多投5个案例。投票须用手机号或微信登录。</p>
        <ul id="candidates"></ul>
        <p id="message" role="status"></p>
        <script>
        const base = '/api/awards';
        async function load() {
          const page = await (await fetch(`${base}/public/contests/{{year}}`)).json();
          const list = document.getElementById('candidates');
          list.innerHTML = '';
          for (const c of page.shortlist) {
            const item = document.createElement('li');
            item.innerHTML = `<strong></strong><div></div><div></div><button ${page.votingOpen ? '' : 'disabled'}>投票</button>`;
            item.querySelector('strong').textContent = c.entry.title;
            item.querySelectorAll('div')[0].textContent = c.entry.entrantName;
            item.querySelectorAll('div')[1].textContent = `${c.votes} 票`;
            item.querySelector('button').onclick = () => vote(c.entry.entryId);
            list.appendChild(item);
          }
        }
        async function vote(entryId) {
          const token = sessionStorage.getItem('nanchuan.token');
          const message = document.getElementById('message');
          if (!token) { message.textContent = '请先用手机号或微信登录'; return; }
          const response = await fetch(`${base}/contests/{{year}}/votes`, {
            method: 'POST', headers: { 'Content-Type': 'application/json', 'Authorization': `Bearer ${token}` }, body: JSON.stringify({ entryId }) });
          const body = await response.json();
          message.innerHTML = '';
          if (response.ok) {
            message.textContent = `投票成功：第 ${body.position} 票，回执 `;
            const receipt = document.createElement('span');
            receipt.className = 'receipt';
            receipt.textContent = body.hash;
            message.appendChild(receipt);
          } else message.textContent = body.detail || body.title;
          load();
        }
        load();
        </script>
        </body>
        </html>
        """;
}
