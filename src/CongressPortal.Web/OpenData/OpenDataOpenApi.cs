using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CongressPortal.Web.OpenData;

/// <summary>The OpenAPI document (the framework's generator): only /api/v1, with its title and rules in Chinese.</summary>
public static class OpenDataOpenApi
{
    private static readonly string[] Envelope = ["created", "modified", "deleted"];

    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "示例市人大常委会开放数据接口",
                Version = "v1",
                Description = "只读接口，提供门户网站已公开的全部数据：届次、会次、专门委员会、承办单位、代表（仅公开信息）、代表团、代表联络站及接待公告、"
                    + "已公开答复的代表建议、议案及处理结果、监督计划与议题、法规（含历次版本和条文）、公开征求意见的草案、常委会工作报告。"
                    + "每个对象有永久地址（id）、首次公开时间（created）和最后变化时间（modified）；列表按 modified、id 升序分页，"
                    + "用 links.next 翻页，用 modified_since 增量同步；撤回或删除的对象以墓碑（deleted: true）保留在列表中。"
                    + "支持 ETag / If-None-Match（304）、gzip 和 brotli 压缩、跨域 GET；同一网络地址每分钟的请求数有上限（超出时答复 429 和 Retry-After）。"
                    + "错误以 application/problem+json 答复。不含任何个人隐私信息（电话、身份证号、住址、意见提交人的联系方式）。",
            };
            document.Servers = [];
            return Task.CompletedTask;
        });
        // Every object carries created, modified and deleted (the index adds them): required in the schema too.
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type.IsAssignableTo(typeof(ApiObject)) && schema is OpenApiSchema concrete)
            {
                concrete.Required ??= new HashSet<string>();
                foreach (var name in Envelope) concrete.Required.Add(name);
            }
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in operation.Parameters ?? [])
            {
                if (parameter is not OpenApiParameter concrete) continue;
                concrete.Schema = concrete.Name switch
                {
                    "limit" => new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = OpenDataApi.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), Default = System.Text.Json.Nodes.JsonValue.Create(OpenDataApi.DefaultLimit) },
                    "modified_since" => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
                    "id" => new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                    _ => concrete.Schema,
                };
            }
            return Task.CompletedTask;
        });
    }
}
