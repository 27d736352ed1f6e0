using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Model;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Calendar;
using Nanchuan.Testing;
using Wolverine.Runtime;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// The test hosts run Wolverine's generated code on the Host's compiled copy of src/Host/Internal/Generated where the
/// source they generate is that very file, and compile everything else (docs/adr/0164).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CheckedInCodeTests(PlatformHost platform)
{
    [Fact]
    public void A_handler_whose_checked_in_code_is_current_runs_on_the_Host_class()
    {
        var runtime = (WolverineRuntime)platform.Services.GetRequiredService<IWolverineRuntime>();
        var handler = runtime.Handlers.HandlerFor<ApplyHolidaySchedule>();

        handler.ShouldNotBeNull().GetType().Assembly.ShouldBe(typeof(Program).Assembly,
            $"the checked-in handler should have been used; if it is stale, run `{GeneratedCodeTests.RegenerateCommand}`");
    }

    [Fact]
    public void Code_that_is_not_checked_in_is_compiled_once_per_process()
    {
        var first = Greeting("今天办结");
        var again = Greeting("今天办结");
        var other = Greeting("明天办结");

        first.Assembly.ShouldNotBe(typeof(Program).Assembly);
        Greet(first).ShouldBe("今天办结");
        again.Assembly.ShouldBeSameAs(first.Assembly);
        Greet(other).ShouldBe("明天办结");
        other.Assembly.ShouldNotBeSameAs(first.Assembly);
    }

    private static Type Greeting(string text)
    {
        var assembly = new GeneratedAssembly(new GenerationRules("Internal.Generated"));
        var type = assembly.AddType("Greeting", typeof(object));
        type.AddMethodThatReturns<string>("Greet").Frames.Code($"return \"{text}\";");
        new CheckedInGeneratedCode().Compile(assembly);
        return type.CompiledType.ShouldNotBeNull();
    }

    private static string Greet(Type greeting) => (string)greeting.GetMethod("Greet")!.Invoke(Activator.CreateInstance(greeting), null)!;
}
