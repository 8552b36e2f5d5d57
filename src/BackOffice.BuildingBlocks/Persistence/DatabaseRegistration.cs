using BackOffice.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>A context that start-up migrates, in registration order.</summary>
public sealed record MigratedContext(Type ContextType);

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers a context with one migration set per provider: <typeparamref name="TSqlite"/> and
    /// <typeparamref name="TSqlServer"/> are empty subclasses whose only job is to carry their own migrations.
    /// Code asks for <typeparamref name="TContext"/> and gets the one the configuration chose.
    /// </summary>
    public static IServiceCollection AddMigratedDbContext<TContext, TSqlite, TSqlServer>(
        this IHostApplicationBuilder builder, string schema)
        where TContext : DbContext
        where TSqlite : TContext
        where TSqlServer : TContext
    {
        var options = ReadOptions(builder.Configuration);
        var connectionString = options.ResolveConnectionString(builder.Environment.ContentRootPath);
        var history = ModuleTableNaming.HistoryTable(schema);
        var services = builder.Services;

        if (options.Provider == DatabaseProvider.SqlServer)
        {
            services.AddDbContext<TSqlServer>(o => o.UseSqlServer(connectionString, sql => sql.MigrationsHistoryTable(history, schema)));
            services.AddScoped<TContext>(sp => sp.GetRequiredService<TSqlServer>());
            services.AddSingleton(new MigratedContext(typeof(TSqlServer)));
        }
        else
        {
            services.AddDbContext<TSqlite>(o => o.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(history)));
            services.AddScoped<TContext>(sp => sp.GetRequiredService<TSqlite>());
            services.AddSingleton(new MigratedContext(typeof(TSqlite)));
        }

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
        services.AddSingleton<IOutboxDispatcher, OutboxDispatcher<TContext>>();
        return services;
    }

    public static DatabaseOptions ReadOptions(IConfiguration configuration) =>
        configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
}
