using System.Text.Json;
using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.BuildingBlocks.Tests.Enterprises;

public class UnifiedSocialCreditCodeTests
{
    // Published codes; each check character was recomputed independently (GB 32100-2015, weights 3^(i-1) mod 31).
    [Theory]
    [InlineData("91110000600037341L")]
    [InlineData("91350100M000100Y43")]
    [InlineData("914403001922038216")]
    [InlineData("91330100799655058B")]
    [InlineData("91440300708461136T")]
    public void Published_codes_are_valid(string text)
    {
        UnifiedSocialCreditCode.IsValid(text).ShouldBeTrue();
        UnifiedSocialCreditCode.Parse(text).Value.ShouldBe(text);
        UnifiedSocialCreditCode.Parse(text).ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("91500119MA60ABCDE", 'X')]
    [InlineData("12500119009352345", 'A')]
    [InlineData("91500119MA5UXY7Q0", 'D')]
    [InlineData("91500119700000026", '0')] // Σ ≡ 0 (mod 31): 31 is written as 0
    [InlineData("91500119MA5U00023", 'Y')] // the last character of the alphabet
    public void Check_character_follows_GB_32100(string body, char expected)
    {
        UnifiedSocialCreditCode.CheckCharacter(body).ShouldBe(expected);
    }

    // GB 11714-1997 over characters 9–16, check character 17: C9 = 11 − (Σ value × (3, 7, 9, 10, 5, 8, 4, 2) mod 11).
    [Theory]
    [InlineData("MA5U8XRB", '9')] // M22·3 + A10·7 + 5·9 + U30·10 + 8·5 + X33·8 + R27·4 + B11·2 = 915; 915 mod 11 = 2; 11 − 2 = 9
    [InlineData("19220382", '1')] // 914403001922038216: Σ = 164, 164 mod 11 = 10, 11 − 10 = 1
    [InlineData("M000100Y", '4')] // 91350100M000100Y43
    [InlineData("MA5U0002", 'X')] // remainder 1: 11 − 1 = 10 is written X
    public void Organisation_code_check_character_follows_GB_11714(string body, char expected) =>
        UnifiedSocialCreditCode.OrganisationCheckCharacter(body).ShouldBe(expected);

    [Fact]
    public void A_code_whose_organisation_code_check_fails_is_rejected_though_its_18th_character_fits()
    {
        // The README's old example: its 18th character is right for GB 32100, its 17th wrong for GB 11714 (should be 9).
        UnifiedSocialCreditCode.CheckCharacter("91500119MA5U8XRB3").ShouldBe('M');
        UnifiedSocialCreditCode.TryParse("91500119MA5U8XRB3M", out _, out var error).ShouldBeFalse();
        error.ShouldBe("第9至17位组织机构代码的校验码错误，第17位应为“9” / the organisation code (characters 9–17) has a wrong check character: character 17 should be '9'.");
        UnifiedSocialCreditCode.IsValid("91500119MA5U8XRB98").ShouldBeTrue();
    }

    [Fact]
    public void A_stored_code_is_read_without_the_organisation_code_check_but_with_every_other()
    {
        UnifiedSocialCreditCode.ParseStored("91500119MA5U8XRB3M").Value.ShouldBe("91500119MA5U8XRB3M");
        Should.Throw<FormatException>(() => UnifiedSocialCreditCode.ParseStored("91500119MA5U8XRB3X"));
    }

    [Fact]
    public void Check_character_weights_are_powers_of_3_modulo_31()
    {
        // Only position i holds 1: the sum is the weight of i, so the check character reveals it.
        for (var i = 0; i < 17; i++)
        {
            var body = new string('0', i) + "1" + new string('0', 16 - i);
            var weight = (int)System.Numerics.BigInteger.ModPow(3, i, 31);
            UnifiedSocialCreditCode.CheckCharacter(body).ShouldBe(UnifiedSocialCreditCode.Alphabet[(31 - weight) % 31]);
        }
    }

    [Theory]
    [InlineData("91350100m000100y43")]
    [InlineData(" 91350100M000100Y43 ")]
    public void Lower_case_and_surrounding_spaces_are_accepted_and_normalised(string text)
    {
        UnifiedSocialCreditCode.Parse(text).Value.ShouldBe("91350100M000100Y43");
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("91350100M000100Y4", 17)]
    [InlineData("91350100M000100Y433", 19)]
    public void Wrong_length_is_rejected(string? text, int length)
    {
        UnifiedSocialCreditCode.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldBe($"统一社会信用代码应为18位 / the unified social credit code must have 18 characters (got {length}).");
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    [InlineData('i')]
    [InlineData('-')]
    public void Characters_outside_the_alphabet_are_rejected(char forbidden)
    {
        var text = "91350100" + forbidden + "000100Y43";
        UnifiedSocialCreditCode.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldBe($"第9位字符“{char.ToUpperInvariant(forbidden)}”不合法 / character 9 ('{char.ToUpperInvariant(forbidden)}') is not allowed in a credit code.");
    }

    [Fact]
    public void Division_code_must_be_digits()
    {
        UnifiedSocialCreditCode.TryParse("913A0100M000100Y43", out _, out var error).ShouldBeFalse();
        error!.ShouldStartWith("第3至8位应为行政区划码");
    }

    [Fact]
    public void Wrong_check_character_is_rejected_naming_the_expected_one()
    {
        UnifiedSocialCreditCode.TryParse("91350100M000100Y44", out var code, out var error).ShouldBeFalse();
        error.ShouldBe("校验码错误，应为“3” / wrong check character: expected '3'.");
        code.ShouldBe(default);
        var thrown = Should.Throw<FormatException>(() => UnifiedSocialCreditCode.Parse("91350100M000100Y44"));
        thrown.Message.ShouldBe(error);
        UnifiedSocialCreditCode.IsValid("91350100M000100Y44").ShouldBeFalse();
    }

    [Fact]
    public void From_body_accepts_lower_case()
    {
        UnifiedSocialCreditCode.FromBody("91350100m000100y4").Value.ShouldBe("91350100M000100Y43");
    }

    [Fact]
    public void From_body_refuses_a_body_of_the_wrong_length()
    {
        Should.Throw<ArgumentException>(() => UnifiedSocialCreditCode.FromBody("91350100M000100Y"))
            .Message.ShouldStartWith("统一社会信用代码本体应为17位 / a credit code body has 17 characters (got 16).");
    }

    [Fact]
    public void From_body_refuses_forbidden_characters_in_both_languages()
    {
        Should.Throw<FormatException>(() => UnifiedSocialCreditCode.FromBody("91350100I000100Y4"))
            .Message.ShouldBe("第9位字符“I”不合法 / character 9 ('I') is not allowed in a credit code.");
    }

    [Fact]
    public void Default_value_is_empty_not_null()
    {
        default(UnifiedSocialCreditCode).Value.ShouldBe("");
        default(UnifiedSocialCreditCode).ToString().ShouldBe("");
    }

    [Fact]
    public void Equal_codes_are_equal_whatever_the_input_case()
    {
        UnifiedSocialCreditCode.Parse("91350100m000100y43").ShouldBe(UnifiedSocialCreditCode.Parse("91350100M000100Y43"));
    }

    private sealed record Enterprise(UnifiedSocialCreditCode Code, UnifiedSocialCreditCode? FormerCode);

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Json_round_trip_is_a_plain_string()
    {
        var enterprise = new Enterprise(UnifiedSocialCreditCode.Parse("91350100M000100Y43"), null);

        var json = JsonSerializer.Serialize(enterprise, Web);

        json.ShouldBe("""{"code":"91350100M000100Y43","formerCode":null}""");
        JsonSerializer.Deserialize<Enterprise>(json, Web).ShouldBe(enterprise);
    }

    [Fact]
    public void Json_reading_normalises_lower_case()
    {
        JsonSerializer.Deserialize<Enterprise>("""{"code":"91350100m000100y43","formerCode":"91110000600037341l"}""", Web)!
            .FormerCode.ShouldBe(UnifiedSocialCreditCode.Parse("91110000600037341L"));
    }

    [Theory]
    [InlineData("""{"code":"91350100M000100Y44"}""", "校验码错误")]
    [InlineData("""{"code":"9135"}""", "must have 18 characters")]
    [InlineData("""{"code":null}""", "must have 18 characters")]
    [InlineData("""{"code":913501001}""", null)]
    public void Json_with_an_invalid_code_is_rejected(string json, string? reason)
    {
        var error = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Enterprise>(json, Web));
        if (reason is not null) error.Message.ShouldContain(reason);
    }
}
