using BackOffice.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>A context that start-up migrates, in registration order.</summary>
public sealed record MigratedContext(Type SqliteContext, Type SqlServerContext);

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers a context with one migration set per provider: <typeparamref name="TSqlite"/> and
    /// <typeparamref name="TSqlServer"/> are empty subclasses whose only job is to carry their own migrations.
    /// Code asks for <typeparamref name="TContext"/> and gets the one the configuration chose. Options are read
    /// when a context is first made, so configuration added late (tests, design time) still counts.
    /// </summary>
    public static IServiceCollection AddMigratedDbContext<TContext, TSqlite, TSqlServer>(
        this IHostApplicationBuilder builder, string schema)
        where TContext : DbContext
        where TSqlite : TContext
        where TSqlServer : TContext
    {
        var services = builder.Services;
        var history = ModuleTableNaming.HistoryTable(schema);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName);
        services.TryAddConnectionString();

        // Pooled: a request reuses a context instead of building options and services anew.
        services.AddDbContextPool<TSqlite>((sp, o) => o
            .UseSqlite(sp.GetRequiredService<DatabaseConnection>().Value, sqlite => sqlite.MigrationsHistoryTable(history))
            .AddInterceptors(sp.GetRequiredService<SqliteConnectionSettings>(), sp.GetRequiredService<SqliteWriteGate>()));
        services.AddDbContextPool<TSqlServer>((sp, o) =>
            o.UseSqlServer(sp.GetRequiredService<DatabaseConnection>().Value, sql => sql.MigrationsHistoryTable(history, schema)));
        services.AddScoped<TContext>(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.SqlServer
            ? sp.GetRequiredService<TSqlServer>()
            : sp.GetRequiredService<TSqlite>());
        services.AddSingleton(new MigratedContext(typeof(TSqlite), typeof(TSqlServer)));
        return services;
    }

    /// <summary>A module's context: migrated, part of the unit of work, and with its outbox dispatched.</summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TSqlServer>(
        this IHostApplicationBuilder builder, string schema)
        where TContext : ModuleDbContext
        where TSqlite : TContext
        where TSqlServer : TContext
    {
        var services = builder.AddMigratedDbContext<TContext, TSqlite, TSqlServer>(schema);
        services.AddScoped<ModuleDbContext>(sp => sp.GetRequiredService<TContext>());
        ModuleContextsOf(services).Add(typeof(TContext).Assembly.GetName().Name!, typeof(TContext));
        services.AddSingleton<IOutboxDispatcher, OutboxDispatcher<TContext>>();
        return services;
    }

    private static ModuleContexts ModuleContextsOf(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(ModuleContexts))?.ImplementationInstance is ModuleContexts existing)
        {
            return existing;
        }

        var contexts = new ModuleContexts();
        services.AddSingleton(contexts);
        return contexts;
    }

    private static void TryAddConnectionString(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(DatabaseConnection)))
        {
            return;
        }

        services.AddSingleton(sp => new SqliteWriteGate(
            TimeSpan.FromMilliseconds(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.BusyTimeoutMilliseconds)));
        services.AddSingleton(sp =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            return new SqliteConnectionSettings(database.BusyTimeoutMilliseconds, database.SqliteSynchronous is "FULL" ? "FULL" : "NORMAL");
        });
        services.AddSingleton(sp => new DatabaseConnection(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value
            .ResolveConnectionString(sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
    }
}

/// <summary>The one connection string every module shares, resolved once.</summary>
public sealed record DatabaseConnection(string Value);
