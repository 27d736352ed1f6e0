using JasperFx;
using Microsoft.AspNetCore.Http;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Platform.Errors;
using Npgsql;

namespace Nanchuan.Platform.Tests;

/// <summary>Platform rule 9: each refusal of the domain becomes its problem-details status.</summary>
public sealed class ProblemMappingTests
{
    [Fact]
    public void An_illegal_transition_is_a_409_naming_the_current_state()
    {
        var problem = ProblemDetailsExceptionHandler.ToProblem(new InvalidStateTransitionException("已收集", "同意销号 (close)"))!;
        problem.Status.ShouldBe(StatusCodes.Status409Conflict);
        problem.Extensions["currentState"].ShouldBe("已收集");
        problem.Detail!.ShouldContain("已收集");
    }

    [Fact]
    public void A_stale_write_is_a_409_concurrency_conflict()
    {
        var problem = ProblemDetailsExceptionHandler.ToProblem(new ConcurrencyException("stale", typeof(object), Guid.NewGuid()))!;
        problem.Status.ShouldBe(StatusCodes.Status409Conflict);
        problem.Title.ShouldBe(ProblemTitles.Concurrency);
    }

    [Theory]
    [InlineData(PostgresErrorCodes.DeadlockDetected)]
    [InlineData(PostgresErrorCodes.SerializationFailure)]
    public void A_write_postgres_rolled_back_as_a_deadlock_victim_is_a_409_to_retry_not_a_500(string sqlState)
    {
        var rolledBack = new InvalidOperationException("batch failed", new PostgresException("deadlock detected", "ERROR", "ERROR", sqlState));
        var problem = ProblemDetailsExceptionHandler.ToProblem(rolledBack)!;
        (problem.Status, problem.Title).ShouldBe((StatusCodes.Status409Conflict, ProblemTitles.Concurrency));
        problem.Detail.ShouldNotBeNull().ShouldContain("try again");
    }

    [Fact]
    public void Another_database_error_is_left_to_the_default_500() =>
        ProblemDetailsExceptionHandler.ToProblem(new PostgresException("unique violation", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)).ShouldBeNull();

    [Fact]
    public void A_domain_validation_failure_is_a_400_with_field_errors()
    {
        var problem = ProblemDetailsExceptionHandler.ToProblem(new DomainValidationException("phone", "热线受理时间为08:30–18:00"))
            .ShouldBeOfType<HttpValidationProblemDetails>();
        problem.Status.ShouldBe(StatusCodes.Status400BadRequest);
        problem.Errors["phone"].ShouldBe(["热线受理时间为08:30–18:00"]);
    }

    [Theory]
    [InlineData(typeof(AccessDeniedException), StatusCodes.Status403Forbidden)]
    [InlineData(typeof(NotFoundException), StatusCodes.Status404NotFound)]
    public void Access_and_existence_refusals_map_to_their_status(Type exceptionType, int status) =>
        ProblemDetailsExceptionHandler.ToProblem((Exception)Activator.CreateInstance(exceptionType, "reason")!)!.Status.ShouldBe(status);

    [Fact]
    public void Other_exceptions_are_left_to_the_default_500() =>
        ProblemDetailsExceptionHandler.ToProblem(new InvalidOperationException("bug")).ShouldBeNull();
}
