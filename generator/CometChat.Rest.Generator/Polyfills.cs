// netstandard2.0 lacks the types C# needs for records and init-only members.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
