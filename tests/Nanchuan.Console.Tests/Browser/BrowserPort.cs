using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Nanchuan.Console.Tests.Browser;

/// <summary>
/// A real Kestrel port in front of the test kit's in-memory platform host: every request is passed to the host's TestServer
/// and the answer streamed back (server-sent events included). WebApplicationFactory.UseKestrel never started the platform's
/// Program here (its ApplicationStarted never fired), while the kit's host with its clock and message tracking does.
/// </summary>
internal sealed class BrowserPort : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase) { "Connection", "Transfer-Encoding", "Keep-Alive", "Host" };
    private readonly WebApplication _proxy;

    private BrowserPort(WebApplication proxy) => _proxy = proxy;

    public static async Task<BrowserPort> StartAsync(TestServer platform, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        var proxy = builder.Build();
        var client = new HttpClient(platform.CreateHandler()) { BaseAddress = platform.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        proxy.Run(context => ForwardAsync(client, context));
        await proxy.StartAsync();
        return new BrowserPort(proxy);
    }

    private static async Task ForwardAsync(HttpClient platform, HttpContext context)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path + context.Request.QueryString);
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)) request.Content = new StreamContent(context.Request.Body);
        foreach (var (name, values) in context.Request.Headers.Where(h => !HopByHop.Contains(h.Key)))
            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray())) request.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());

        using var response = await platform.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).Where(h => !HopByHop.Contains(h.Key)))
            context.Response.Headers[name] = values.ToArray();
        await using var body = await response.Content.ReadAsStreamAsync(context.RequestAborted);
        var buffer = new byte[16 * 1024];
        int read;
        // Flushed chunk by chunk, so a server-sent event reaches the browser when it is sent.
        while ((read = await body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            await context.Response.Body.WriteAsync(buffer.AsMemory(0, read), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync() => await _proxy.DisposeAsync();
}
