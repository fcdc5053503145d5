using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// Record pages carry their key in the path (<c>@page "{id:int}"</c> → <c>/Staff/Deputies/Details/5</c>); links
/// written before that (<c>/Staff/Deputies/Details?id=5</c>) in bookmarks, e-mails and printed notices keep working:
/// a GET that names a route parameter in the query string is answered with a permanent redirect to the path form,
/// the other query parameters kept.
/// </summary>
public static class QueryStringRoutes
{
    /// <summary>
    /// Endpoint metadata of the extra, link-less route at a page's plain path (its URL before it had a template),
    /// added only where every template of the page needs a parameter, so that path would otherwise be a 404.
    /// </summary>
    public sealed record PlainPathRoute(IReadOnlyList<string> Parameters);

    /// <summary>Gives each page whose templates all need a parameter a second route at its plain path.</summary>
    public sealed class PlainPathConvention : IPageRouteModelConvention
    {
        public void Apply(PageRouteModel model)
        {
            ArgumentNullException.ThrowIfNull(model);
            var patterns = model.Selectors
                .Select(s => s.AttributeRouteModel?.Template)
                .Where(t => t is not null)
                .Select(t => RoutePatternFactory.Parse(t!.TrimStart('~').TrimStart('/')))
                .ToList();
            // A page without parameters, or with a template that matches the plain path too ({id:int?}), needs nothing.
            if (patterns.Count == 0 || patterns.Any(p => p.Parameters.All(x => x.IsOptional || x.Default is not null || x.IsCatchAll))) return;

            // An Index page answers at its folder's path and at the path naming Index (…/Readings and …/Readings/Index).
            List<string> paths = model.ViewEnginePath.EndsWith("/Index", StringComparison.Ordinal)
                ? [model.ViewEnginePath[..^"/Index".Length], model.ViewEnginePath]
                : [model.ViewEnginePath];
            var parameters = patterns.SelectMany(p => p.Parameters).Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var path in paths)
            {
                var selector = new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel { Template = path.TrimStart('/'), SuppressLinkGeneration = true },
                };
                selector.EndpointMetadata.Add(new PlainPathRoute(parameters));
                model.Selectors.Add(selector);
            }
        }
    }

    /// <summary>After routing, before authentication: the redirect tells nothing about the page behind it.</summary>
    public static IApplicationBuilder UseQueryStringRouteRedirects(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var location = PathFormOf(context);
            if (location is null) return next(context);
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    /// <summary>The path form of this request's URL, or null when it has nothing to move (or it would not be a valid link).</summary>
    private static string? PathFormOf(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return null;
        if (context.GetEndpoint() is not RouteEndpoint endpoint
            || endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page) return null;

        var parameters = endpoint.Metadata.GetMetadata<PlainPathRoute>()?.Parameters
            ?? endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList();
        var moved = parameters
            .Where(p => request.RouteValues[p] is null && request.Query[p] is { Count: 1 } value && !string.IsNullOrEmpty(value))
            .ToList();
        if (moved.Count == 0) return null;

        var values = new RouteValueDictionary();
        foreach (var name in parameters.Where(p => request.RouteValues[p] is not null)) values[name] = request.RouteValues[name];
        foreach (var name in moved) values[name] = request.Query[name].ToString();
        // Null when a value fails the template's constraint (?id=abc): the page then answers as it did before.
        var path = context.RequestServices.GetRequiredService<LinkGenerator>()
            .GetPathByPage(page.ViewEnginePath, handler: null, values, request.PathBase);
        if (path is null) return null;

        var rest = request.Query.Where(q => !moved.Contains(q.Key, StringComparer.OrdinalIgnoreCase));
        return path + QueryString.Create(rest);
    }
}
