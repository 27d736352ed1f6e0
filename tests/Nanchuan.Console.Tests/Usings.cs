global using Nanchuan.BuildingBlocks.Actors;
