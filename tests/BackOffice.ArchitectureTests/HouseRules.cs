using System.CodeDom.Compiler;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Mono.Cecil;

namespace BackOffice.ArchitectureTests;

/// <summary>
/// The rooms of a module (docs/architecture.md) as functions of an assembly, so each runs on the real modules and on
/// the planted violation. Each returns what breaks the rule, empty when the assembly keeps it.
/// </summary>
public static class HouseRules
{
    private static readonly string[] MessageSuffixes = ["IntegrationEvent", "Command", "Query"];

    /// <summary>Domain and Persistence are what features stand on; they never use a feature.</summary>
    public static IReadOnlyList<string> FeaturesUsedByDomainOrPersistence(Assembly assembly, string root)
    {
        var module = TypeDependencies.Read(assembly);
        return [.. (from type in TypeDependencies.AllTypes(module)
                    where TypeDependencies.InNamespace(type, root + ".Domain") || TypeDependencies.InNamespace(type, root + ".Persistence")
                    from used in TypeDependencies.UsedBy(type)
                    where TypeDependencies.InNamespace(used, root + ".Features")
                    select $"{Outermost(type).FullName} uses {used.FullName}").Distinct().Order()];
    }

    /// <summary>
    /// A module is internal by default: a type is public only when the compiler needs it for what must be public —
    /// the front door, MVC controllers (discovered only when public) and EF migrations — because it appears in
    /// their public signatures (a form an action binds, a service a controller is given).
    /// </summary>
    public static IReadOnlyList<string> NeedlesslyPublicTypes(Assembly assembly, string frontDoor)
    {
        var types = assembly.GetTypes();
        var needed = new HashSet<Type>(types.Where(t => t.FullName == frontDoor || IsMustBePublic(t)));
        var pending = new Queue<Type>(needed);
        while (pending.TryDequeue(out var type))
        {
            foreach (var exposed in PublicSignatureTypes(type).Where(t => t.Assembly == assembly && needed.Add(t)))
            {
                pending.Enqueue(exposed);
            }
        }

        return [.. types.Where(t => t.IsPublic && !needed.Contains(t)).Select(t => t.FullName!).Order()];
    }

    /// <summary>Validators are a feature's own business, never another's.</summary>
    public static IReadOnlyList<string> PublicValidators(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(t => (t.IsPublic || t.IsNestedPublic)
                && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(FluentValidation.IValidator<>)))
            .Select(t => t.FullName!).Order()];

    /// <summary>
    /// The handler of <c>XCommand</c>, <c>XQuery</c> or <c>XIntegrationEvent</c> ends with <c>Handler</c> and names
    /// <c>X</c>; a command's type ends with <c>Command</c> and a query's with <c>Query</c>.
    /// </summary>
    public static IReadOnlyList<string> BadlyNamedHandlersAndMessages(Assembly assembly)
    {
        var wrong = new List<string>();
        foreach (var (handler, message) in HandlersOf(assembly))
        {
            var stem = MessageSuffixes.Where(s => message.Name.EndsWith(s, StringComparison.Ordinal))
                .Select(s => message.Name[..^s.Length]).FirstOrDefault() ?? message.Name;
            if (!handler.Name.EndsWith("Handler", StringComparison.Ordinal) || !handler.Name.Contains(stem, StringComparison.Ordinal))
            {
                wrong.Add($"{handler.FullName} handles {message.Name}");
            }
        }

        foreach (var message in assembly.GetTypes().Where(t => !t.IsAbstract))
        {
            if (Implements(message, "ICommand") && !message.Name.EndsWith("Command", StringComparison.Ordinal)
                || Implements(message, "IQuery") && !message.Name.EndsWith("Query", StringComparison.Ordinal))
            {
                wrong.Add($"{message.FullName} is a request named for neither command nor query");
            }
        }

        return [.. wrong.Order()];
    }

    /// <summary>One class per handler name in the whole solution, so a name in a log or a stack trace is one place.</summary>
    public static IReadOnlyList<string> HandlerNamesUsedTwice(IEnumerable<Assembly> assemblies) =>
        [.. assemblies.SelectMany(a => HandlersOf(a).Select(h => h.Handler).Distinct())
            .GroupBy(h => h.Name)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(h => h.FullName).Order())}")
            .Order()];

    /// <summary>
    /// The host composes modules and may touch, of each, its front door only (and its Contracts, another assembly).
    /// Code a source generator wrote in the host (Mediator's registrations) is not the host's hand-written code.
    /// </summary>
    public static IReadOnlyList<string> ModuleInternalsUsedByHost(Assembly host, IReadOnlyCollection<string> modules)
    {
        var module = TypeDependencies.Read(host);
        return [.. (from type in TypeDependencies.AllTypes(module)
                    where !IsGenerated(Outermost(type))
                    from used in TypeDependencies.UsedBy(type)
                    let owner = modules.FirstOrDefault(m => used.Scope.Name == $"BackOffice.{m}")
                    where owner is not null && used.FullName != $"BackOffice.{owner}.{owner}Module"
                    select $"{Outermost(type).FullName} uses {used.FullName}").Distinct().Order()];
    }

    private static IEnumerable<(Type Handler, Type Message)> HandlersOf(Assembly assembly) =>
        from type in assembly.GetTypes()
        where type is { IsClass: true, IsAbstract: false }
        from contract in type.GetInterfaces()
        where contract.IsGenericType && contract.Namespace == "Mediator" && contract.Name.Contains("Handler", StringComparison.Ordinal)
        select (type, contract.GetGenericArguments()[0]);

    private static bool Implements(Type type, string mediatorInterface) =>
        type.GetInterfaces().Any(i => i.Namespace == "Mediator" && i.Name.Split('`')[0] == mediatorInterface);

    private static bool IsMustBePublic(Type type) =>
        typeof(ControllerBase).IsAssignableFrom(type) || typeof(Migration).IsAssignableFrom(type) || typeof(ModelSnapshot).IsAssignableFrom(type);

    /// <summary>The types a public or protected member of <paramref name="type"/> shows to the outside.</summary>
    private static IEnumerable<Type> PublicSignatureTypes(Type type)
    {
        const BindingFlags visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var shown = new List<Type?> { type.BaseType };
        shown.AddRange(type.GetInterfaces());
        shown.AddRange(type.GetConstructors(visible).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType));
        shown.AddRange(type.GetMethods(visible).Where(m => !m.IsSpecialName || m.Name.StartsWith("get_", StringComparison.Ordinal))
            .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)));
        shown.AddRange(type.GetProperties(visible).Select(p => p.PropertyType));
        shown.AddRange(type.GetFields(visible).Select(f => f.FieldType));
        shown.AddRange(type.GetNestedTypes(BindingFlags.Public));
        return shown.OfType<Type>().SelectMany(Unwrapped);
    }

    private static IEnumerable<Type> Unwrapped(Type type) =>
        type.HasElementType ? Unwrapped(type.GetElementType()!)
        : type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrapped).Prepend(type.GetGenericTypeDefinition())
        : [type];

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static bool IsGenerated(TypeDefinition type) =>
        type.CustomAttributes.Any(a => a.AttributeType.FullName == typeof(GeneratedCodeAttribute).FullName);
}
