using CongressPortal.Domain.Common;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Infrastructure;

/// <summary>
/// 通知公告 made through <see cref="NoticeStore"/>, as staff make them from their pages (the pages are tested against these):
/// a draft, published or withdrawn, with or without a PDF attached. Each step fails the test when the store refuses.
/// </summary>
public sealed class NoticeSteps(PortalAppFactory app)
{
    public static readonly Actor Staff = Actor.Staff("测试工作人员");

    public static readonly byte[] Pdf = "%PDF-1.4 notice attachment"u8.ToArray();

    public sealed record Created(int Id, int? FileId);

    private async Task<T> StoreAsync<T>(Func<NoticeStore, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<NoticeStore>());
    }

    private Task<uint> VersionAsync(int id) => StoreAsync(async store => (await store.FindAsync(id, default))!.Version);

    private static T Ok<T>(CommandResult<T> result) =>
        result.IsSuccess ? result.Value! : throw new InvalidOperationException($"The notice step was refused: {result.Error}");

    public async Task<Created> NoticeAsync(string title = "关于召开代表座谈会的通知", string body = "定于**七月十日**召开代表座谈会。",
        bool publish = true, bool withdraw = false, bool attach = false)
    {
        var id = Ok(await StoreAsync(store => store.CreateAsync(title, body, Staff, default)));
        int? fileId = null;
        if (attach)
        {
            var version = await VersionAsync(id);
            Ok(await StoreAsync(store => store.AttachAsync(id, version, "会议议程.pdf", () => Task.FromResult(Pdf), Staff, default)));
            fileId = await StoreAsync(async store => (await store.FindAsync(id, default))!.Attachments.Single().FileId);
        }
        if (publish) Ok(await StoreAsync(async store => await store.PublishAsync(id, await VersionAsync(id), Staff, default)));
        if (withdraw) Ok(await StoreAsync(async store => await store.WithdrawAsync(id, await VersionAsync(id), "内容有误", Staff, default)));
        return new Created(id, fileId);
    }
}
