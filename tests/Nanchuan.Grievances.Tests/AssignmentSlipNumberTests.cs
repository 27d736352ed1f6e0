using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances.Tests;

public class AssignmentSlipNumberTests
{
    [Theory]
    [InlineData(2024, 1, "ncqhww2024-01")]
    [InlineData(2024, 9, "ncqhww2024-09")]
    [InlineData(2024, 99, "ncqhww2024-99")]
    [InlineData(2024, 100, "ncqhww2024-100")]
    [InlineData(2025, 1234, "ncqhww2025-1234")]
    public void Formats_like_the_seed_with_at_least_two_digits(int year, int sequence, string expected)
    {
        AssignmentSlipNumber.Format(year, sequence).ShouldBe(expected);
        var parsed = AssignmentSlipNumber.Parse(expected);
        parsed.Year.ShouldBe(year);
        parsed.Sequence.ShouldBe(sequence);
        parsed.ToString().ShouldBe(expected);
    }

    [Fact]
    public void Parses_any_letter_case_into_the_canonical_form() =>
        AssignmentSlipNumber.Parse(" NCQHWW2024-07 ").ToString().ShouldBe("ncqhww2024-07");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ncqhww2024-1")]
    [InlineData("ncqhww2024-001")]
    [InlineData("ncqhww2024-00")]
    [InlineData("ncqhww24-01")]
    [InlineData("qhww2024-01")]
    [InlineData("ncqhww2024_01")]
    public void Refuses_anything_but_the_canonical_form(string? text)
    {
        AssignmentSlipNumber.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => AssignmentSlipNumber.Parse(text)).Message.ShouldContain("ncqhww2024-01");
    }

    [Fact]
    public void Sequences_start_at_one() =>
        Should.Throw<ArgumentOutOfRangeException>(() => AssignmentSlipNumber.Format(2024, 0));
}
