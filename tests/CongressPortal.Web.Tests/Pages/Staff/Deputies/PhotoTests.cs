using System.IO.Compression;
using System.Net;
using System.Text;
using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Pages.Staff.Deputies;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Deputies;

public sealed class PhotoTests(PortalAppFactory app) : RegistryTest(app)
{
    /// <summary>A real 2×3 grey PNG: signature, IHDR, one zlib-compressed IDAT, IEND, each with its CRC.</summary>
    private static byte[] Png()
    {
        const int width = 2, height = 3;
        var raw = new byte[height * (1 + width)];
        for (var y = 0; y < height; y++) for (var x = 0; x < width; x++) raw[y * (1 + width) + 1 + x] = 0x80;
        byte[] compressed;
        using (var buffer = new MemoryStream())
        {
            using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw);
            compressed = buffer.ToArray();
        }
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [0, 0, 0, width, 0, 0, 0, height, 8, 0, 0, 0, 0]);
        Chunk(png, "IDAT", compressed);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(BigEndian((uint)data.Length));
        png.Write(typeBytes);
        png.Write(data);
        png.Write(BigEndian(Crc32([.. typeBytes, .. data])));
    }

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return crc ^ 0xFFFFFFFFu;
    }

    [Fact]
    public async Task Staff_upload_a_PNG_photo_and_the_staff_photo_address_serves_the_same_bytes()
    {
        var deputy = await Data.MunicipalDeputyAsync("周建华", "16201");
        using var staff = await StaffAsync();
        var png = Png();

        using var response = await UploadAsync(staff, $"{List}/Photo/{deputy.Id}", "#photo-form", "Upload", "照片.png", png, "image/png");
        ShouldRedirect(response, $"{List}/Details/{deputy.Id}");

        (await StoredAsync(deputy.Id)).HasPhoto.Should().BeTrue();
        using var image = await staff.GetAsync($"{List}/Photo/{deputy.Id}?handler=Image");
        image.StatusCode.Should().Be(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        (await image.Content.ReadAsByteArrayAsync()).Should().Equal(png);
        var details = await staff.GetDocumentAsync($"{List}/Details/{deputy.Id}");
        details.QuerySelector("#deputy-photo")!.GetAttribute("src").Should().StartWith($"/Staff/Deputies/Photo/{deputy.Id}?").And.Contain("handler=Image");
    }

    [Fact]
    public async Task A_text_file_named_png_is_refused_by_its_content_with_a_Chinese_message()
    {
        var deputy = await Data.MunicipalDeputyAsync("周建华", "16201");
        using var staff = await StaffAsync();

        using var response = await UploadAsync(staff, $"{List}/Photo/{deputy.Id}", "#photo-form", "Upload", "photo.png",
            Encoding.UTF8.GetBytes("这不是图片，只是改了扩展名的文本文件。"), "image/png");
        var page = await RefusedAsync(response);

        page.FieldError("Upload").Should().Be(DeputyMessages.PhotoType.Message);
        (await StoredAsync(deputy.Id)).HasPhoto.Should().BeFalse();
        (await DbAsync(db => db.DeputyPhotos.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_photo_over_2_MB_is_refused_and_an_empty_post_asks_for_a_file()
    {
        var deputy = await Data.MunicipalDeputyAsync("周建华", "16201");
        using var staff = await StaffAsync();
        var large = new byte[DeputyPhoto.MaxBytes + 1];
        Png().CopyTo(large, 0);

        var tooLarge = await RefusedAsync(await UploadAsync(staff, $"{List}/Photo/{deputy.Id}", "#photo-form", "Upload", "big.png", large, "image/png"));
        tooLarge.FieldError("Upload").Should().Be(DeputyMessages.PhotoTooLarge.Message);

        var empty = await RefusedAsync(await staff.SubmitFormAsync($"{List}/Photo/{deputy.Id}", Form(), "#photo-form"));
        empty.FieldError("Upload").Should().Be(PhotoModel.NoFile);
        (await DbAsync(db => db.DeputyPhotos.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_deputy_without_a_photo_has_no_image_to_serve()
    {
        var deputy = await Data.MunicipalDeputyAsync("周建华", "16201");
        using var staff = await StaffAsync();
        using var response = await staff.GetAsync($"{List}/Photo/{deputy.Id}?handler=Image");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
