using Nanchuan.BuildingBlocks.Platform.Database;

namespace Nanchuan.Platform.Tests;

public sealed class PostgresBinariesTests
{
    [Fact]
    public void A_folder_without_initdb_and_pg_ctl_is_not_a_postgres_installation()
    {
        var empty = Directory.CreateTempSubdirectory("no-postgres").FullName;
        PostgresBinaries.TryLocate([empty, "/nonexistent"]).ShouldBeNull();
    }

    [Fact]
    public void The_machine_binaries_are_found()
    {
        var found = PostgresBinaries.TryLocate(PostgresBinaries.DefaultCandidates());
        found.ShouldNotBeNull();
        File.Exists(Path.Combine(found, "pg_ctl")).ShouldBeTrue();
    }

    [Fact]
    public void Without_binaries_the_message_says_what_to_install()
    {
        PostgresBinaries.InstallHint.ShouldContain("apt-get install -y postgresql");
        PostgresBinaries.InstallHint.ShouldContain("ConnectionStrings__Nanchuan");
        PostgresBinaries.InstallHint.ShouldContain(PostgresBinaries.BinDirectoryVariable);
    }
}
