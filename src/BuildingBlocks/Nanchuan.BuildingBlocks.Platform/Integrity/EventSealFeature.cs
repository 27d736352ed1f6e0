using JasperFx.Events;
using Weasel.Core;
using Weasel.Core.Migrations;

namespace Nanchuan.BuildingBlocks.Platform.Integrity;

/// <summary>
/// The seal trigger as a Marten storage feature of its own: Marten applies a custom feature after its event tables, and
/// the trigger needs `mt_events` to exist (an extended schema object would come first).
/// </summary>
internal sealed class EventSealFeature(string eventSchema, Migrator migrator) : FeatureSchemaBase("event_seal", migrator)
{
    public override Type StorageType => typeof(EventSealFeature);

    public override IEnumerable<Type> DependentTypes()
    {
        yield return typeof(IEvent);
    }

    protected override IEnumerable<ISchemaObject> schemaObjects()
    {
        yield return new EventSealTrigger(eventSchema);
    }
}
