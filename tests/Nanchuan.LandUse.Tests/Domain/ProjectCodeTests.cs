using Nanchuan.LandUse.Domain.Projects;

namespace Nanchuan.LandUse.Tests.Domain;

public sealed class ProjectCodeTests
{
    [Fact]
    public void An_issued_code_has_the_national_structure_and_a_valid_check_character()
    {
        var code = ProjectCode.Issue(new DateOnly(2024, 4, 15), "15", "01", new Random(42));
        code.Length.ShouldBe(24);
        code.ShouldStartWith("2404-500119-15-01-");
        ProjectCode.IsValid(code).ShouldBeTrue();
    }

    [Fact]
    public void Any_single_changed_character_is_detected()
    {
        var code = ProjectCode.Issue(new DateOnly(2024, 9, 2), "15", "02", new Random(1));
        for (var i = code.Length - 6; i < code.Length; i++)
            foreach (var c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".Where(c => c != code[i]))
                ProjectCode.IsValid(code[..i] + c + code[(i + 1)..]).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("2413-500119-15-01-ABCDE0")]
    [InlineData("2404_500119-15-01-ABCDE0")]
    [InlineData("2404-500119-15-01-abcde0")]
    public void Malformed_codes_are_invalid(string code) => ProjectCode.IsValid(code).ShouldBeFalse();
}
