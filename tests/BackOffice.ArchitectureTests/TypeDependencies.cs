using Mono.Cecil;
using Mono.Cecil.Cil;

namespace BackOffice.ArchitectureTests;

/// <summary>
/// Which types a type uses, read from its IL with Mono.Cecil: base type, interfaces, attributes, fields,
/// properties, signatures and every type, method or field a method body touches. Reflection sees signatures
/// only; a rule such as "Domain does not use Features" must also see a <c>new</c> inside a method.
/// </summary>
public static class TypeDependencies
{
    public static ModuleDefinition Read(System.Reflection.Assembly assembly) =>
        ModuleDefinition.ReadModule(assembly.Location, new ReaderParameters { ReadSymbols = false });

    /// <summary>Every type of the module, nested ones included.</summary>
    public static IEnumerable<TypeDefinition> AllTypes(ModuleDefinition module) =>
        module.Types.SelectMany(WithNested);

    /// <summary>Full names (namespace-qualified, nested types as Outer/Inner) of the types <paramref name="type"/> uses.</summary>
    public static IReadOnlySet<TypeReference> UsedBy(TypeDefinition type)
    {
        var used = new HashSet<TypeReference>(new ByFullName());
        void Add(TypeReference? reference)
        {
            switch (reference)
            {
                case null:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    generic.GenericArguments.ToList().ForEach(Add);
                    return;
                case TypeSpecification specification:
                    Add(specification.ElementType);
                    return;
                case GenericParameter:
                    return;
                default:
                    used.Add(reference);
                    return;
            }
        }

        void AddMethod(MethodReference method)
        {
            Add(method.DeclaringType);
            Add(method.ReturnType);
            method.Parameters.ToList().ForEach(p => Add(p.ParameterType));
            if (method is GenericInstanceMethod generic)
            {
                generic.GenericArguments.ToList().ForEach(Add);
            }
        }

        void AddAttributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType);
                attribute.ConstructorArguments.Select(a => a.Value).OfType<TypeReference>().ToList().ForEach(Add);
            }
        }

        Add(type.BaseType);
        type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType));
        AddAttributes(type);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            AddAttributes(field);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            AddAttributes(property);
        }

        foreach (var method in type.Methods)
        {
            AddMethod(method);
            AddAttributes(method);
            if (!method.HasBody)
            {
                continue;
            }

            method.Body.Variables.ToList().ForEach(v => Add(v.VariableType));
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference operandType:
                        Add(operandType);
                        break;
                    case MethodReference operandMethod:
                        AddMethod(operandMethod);
                        break;
                    case FieldReference operandField:
                        Add(operandField.DeclaringType);
                        Add(operandField.FieldType);
                        break;
                }
            }
        }

        return used;
    }

    private static IEnumerable<TypeDefinition> WithNested(TypeDefinition type) =>
        type.NestedTypes.SelectMany(WithNested).Prepend(type);

    /// <summary>The namespace of a type, a nested one's being its outermost declaring type's.</summary>
    public static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }

    public static bool InNamespace(TypeReference type, string root)
    {
        var ns = NamespaceOf(type);
        return ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);
    }

    private sealed class ByFullName : IEqualityComparer<TypeReference>
    {
        public bool Equals(TypeReference? x, TypeReference? y) => x?.FullName == y?.FullName && x?.Scope.Name == y?.Scope.Name;

        public int GetHashCode(TypeReference obj) => obj.FullName.GetHashCode(StringComparison.Ordinal);
    }
}
