using BackOffice.BuildingBlocks;
using BackOffice.Collections;
using BackOffice.Compliance;
using BackOffice.Host.Access;
using BackOffice.Host.PartnerApi;
using BackOffice.Host.Seed;
using BackOffice.Host.Shell;
using BackOffice.Origination;
using BackOffice.Servicing;
using BackOffice.Training;

var builder = WebApplication.CreateBuilder(args);

builder.AddBuildingBlocks();

builder.AddOrigination();
builder.AddServicing();
builder.AddCollections();
builder.AddTraining();
builder.AddCompliance();

builder.AddStaffAccess();
builder.AddPartnerApi();
builder.AddStaffShell();
builder.AddMessaging();
builder.AddHealth();
builder.AddDemoSeed();

// `audit verify` and the like run instead of serving (Shell/ShellCommand.cs).
if (ShellCommand.Parse(args) is { } command)
{
    Environment.ExitCode = await command.RunAsync(builder);
    return;
}

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseApiProblems();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapOrigination();
app.MapServicing();
app.MapCollections();
app.MapTraining();
app.MapCompliance();

app.MapStaffShell();
app.MapPartnerApiReference();
app.MapHealth();

await app.RunAsync();
