using JasperFx;
using JasperFx.Events;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.BuildingBlocks.Platform.Security;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Platform.Requests;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Npgsql;

namespace Nanchuan.BuildingBlocks.Platform.Errors;

/// <summary>
/// Turns the domain's refusals into RFC 9457 problem details (platform rule 9): 400 with field errors,
/// 403 with the reason (logged), 404, 409 naming the current state, 409 for a stale write, 503 for a digest the store
/// could not settle for yet.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, AccessRefusalLog refusals)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception is BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } unreadable && context.Request.HasJsonContentType()
            ? UnreadableBody(context, unreadable)
            : ToProblem(exception);
        if (problem is null) return false;
        if (problem.Status == StatusCodes.Status403Forbidden) await refusals.RecordAsync(context, problem.Detail ?? "");
        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>A body ASP.NET's own endpoints (not Wolverine's) could not read: the field errors kept while reading it.</summary>
    private static ProblemDetails UnreadableBody(HttpContext context, BadHttpRequestException exception) =>
        new HttpValidationProblemDetails(RequestBodyProblem.Of(context, exception).ToDictionary())
        {
            Status = StatusCodes.Status400BadRequest,
            Title = ProblemTitles.Validation,
        };

    /// <summary>
    /// PostgreSQL chose this transaction as a deadlock's victim (40P01) or could not serialise it (40001): it rolled back whole,
    /// so the caller gets a 409 to retry rather than a 500 (ADR 0094). Lock order keeps it rare; this keeps it honest.
    /// </summary>
    private static bool LostToAConcurrentWrite(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure }) return true;
        return false;
    }

    public static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        DomainValidationException e => new HttpValidationProblemDetails(e.Errors.ToDictionary(x => x.Key, x => x.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = ProblemTitles.Validation,
            Detail = e.Message,
        },
        InvalidStateTransitionException e => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = ProblemTitles.InvalidTransition,
            Detail = e.Message,
            Extensions = { ["currentState"] = e.CurrentState, ["attemptedAction"] = e.AttemptedAction },
        },
        StaleCaseVersionException e => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = ProblemTitles.Concurrency,
            Detail = e.Message,
            Extensions = { ["expectedVersion"] = e.ExpectedVersion, ["currentVersion"] = e.CurrentVersion },
        },
        ConcurrencyException or DcbConcurrencyException or ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = ProblemTitles.Concurrency,
            Detail = "该案件已被他人修改，请刷新后重试 / the case was changed by someone else meanwhile; reload it and try again.",
        },
        _ when LostToAConcurrentWrite(exception) => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = ProblemTitles.Concurrency,
            Detail = "同时有其他操作在处理该案件，本次未保存任何内容，请重试 / another write to the case was in progress; nothing was saved: try again.",
        },
        AccessDeniedException e => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = ProblemTitles.Forbidden, Detail = e.Message },
        NotFoundException e => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = ProblemTitles.NotFound, Detail = e.Message },
        BadHttpRequestException e => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = ProblemTitles.Validation, Detail = e.Message },
        Integrity.StoreNotSettledException e => new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = ProblemTitles.Unavailable, Detail = e.Message },
        _ => null,
    };
}

/// <summary>Bilingual titles of the problem kinds, the same everywhere.</summary>
public static class ProblemTitles
{
    public const string Validation = "输入有误 / Invalid input";
    public const string InvalidTransition = "当前状态不允许此操作 / Not allowed in the current state";
    public const string Concurrency = "并发冲突 / Concurrency conflict";
    public const string Forbidden = "无权操作 / Forbidden";
    public const string Unauthorized = "未登录 / Not authenticated";
    public const string NotFound = "未找到 / Not found";
    public const string TooManyRequests = "请求过于频繁 / Too many requests";
    public const string Unavailable = "暂时无法完成，请稍后重试 / Temporarily unavailable";
}
