using System.Reflection;

namespace CongressPortal.Web.Infrastructure;

public static class HandlerRegistration
{
    /// <summary>Registers every nested <c>Handler</c> class of a page (the slice pattern) as a scoped service.</summary>
    public static IServiceCollection AddPageHandlers(this IServiceCollection services, Assembly assembly)
    {
        var handlers = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsNested: true, Name: "Handler" });
        foreach (var handler in handlers) services.AddScoped(handler);
        return services;
    }
}
