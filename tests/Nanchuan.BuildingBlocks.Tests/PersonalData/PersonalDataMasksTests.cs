using Nanchuan.BuildingBlocks.PersonalData;

namespace Nanchuan.BuildingBlocks.Tests.PersonalData;

public class PersonalDataMasksTests
{
    [Fact]
    public void A_name_keeps_its_first_character_a_phone_its_first_three_and_last_four_an_identity_number_its_region_and_last_four()
    {
        PersonalDataMasks.Name("张三丰").ShouldBe("张**");
        PersonalDataMasks.Name("李").ShouldBe("*");
        PersonalDataMasks.Phone("13800000000").ShouldBe("138****0000");
        PersonalDataMasks.Phone("023-71992345").ShouldBe("023*****2345");
        PersonalDataMasks.Phone("12345").ShouldBe("*****");
        PersonalDataMasks.IdNumber("50011919900101123X").ShouldBe("500119********123X");
        PersonalDataMasks.IdNumber("1234567890").ShouldBe("**********");
    }
}
