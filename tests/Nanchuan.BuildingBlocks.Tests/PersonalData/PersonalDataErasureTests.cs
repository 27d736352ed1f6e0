using Nanchuan.BuildingBlocks.PersonalData;

namespace Nanchuan.BuildingBlocks.Tests.PersonalData;

public sealed class PersonalDataErasureTests
{
    private static readonly string[] Person = ["13812345678", "李明华"];

    [Fact]
    public void Every_occurrence_inside_strings_is_starred_at_any_depth_and_nothing_else_changes()
    {
        const string json =
            """{"contactPerson":"李明华","phone":"13812345678","visits":2,"ok":true,"none":null,"content":"请联系李明华，电话13812345678。","parties":[{"name":"李明华","phone":"13812345678"},{"name":"王经理","phone":"13900001111"}]}""";

        PersonalDataErasure.Erase(json, Person).ShouldBe(
            """{"contactPerson":"***","phone":"***********","visits":2,"ok":true,"none":null,"content":"请联系***，电话***********。","parties":[{"name":"***","phone":"***********"},{"name":"王经理","phone":"13900001111"}]}""");
    }

    [Fact]
    public void Json_without_the_values_is_left_alone()
    {
        PersonalDataErasure.Erase("""{"phone":"13900001111","李明华":1}""", Person).ShouldBeNull();
    }

    [Fact]
    public void An_erased_value_keeps_its_length()
    {
        PersonalDataErasure.Erased("500119199001011234").ShouldBe("******************");
    }
}
