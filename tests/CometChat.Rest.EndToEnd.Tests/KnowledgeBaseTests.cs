using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Knowledge-base text entries and linking them to agents.</summary>
public sealed class KnowledgeBaseTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public KnowledgeBaseTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Sources_are_listed_newest_first_by_cursor_and_polled_for_status()
    {
        // An emulator of its own: the shared one holds other tests' entries.
        await using var emulator = await Emulator.CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());
        var ids = new System.Collections.Generic.List<string>();
        foreach (var title in new[] { "First", "Second", "Third" })
        {
            ids.Add((await client.KnowledgeBase.CreateTextAsync(new CreateTextEntryRequest { Title = title, Text = "Body of " + title })).UniqueId!);
        }

        var first = await client.KnowledgeBase.ListAsync(new ListKnowledgeBaseOptions { Limit = 2 });
        var second = await first.GetNextPageAsync();

        Assert.Equal(["Third", "Second"], first.Items.Select(r => r.SourceName));
        Assert.All(first.Items, r => Assert.Equal("text-details", r.Type));
        Assert.Equal(KnowledgeBaseStatus.Indexed, first.Items[0].Status);
        Assert.Equal(emulator.AppId, first.Items[0].AppId);
        Assert.True(first.HasNextPage);
        Assert.Equal(["First"], second!.Items.Select(r => r.SourceName));
        Assert.False(second.HasNextPage);

        await client.KnowledgeBase.DeleteTextAsync(ids[1]);
        var states = await client.KnowledgeBase.PollStatusAsync(new UniqueIdsQuery { UniqueId = [ids[0], ids[1], "missing"] });

        Assert.Equal(KnowledgeBaseStatus.Indexed, Assert.Single(states).Value);
        Assert.Equal(ids[0], states.Single().Key);
        Assert.Equal(2, (await client.KnowledgeBase.ListAsync()).Items.Count);
    }

    [Fact]
    public async Task Uploads_are_recorded_listed_linked_and_deleted()
    {
        await using var emulator = await Emulator.CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());
        var text = await client.KnowledgeBase.CreateTextAsync(new CreateTextEntryRequest { Title = "Notes", Text = "Some notes." });

        var uploads = (await client.KnowledgeBase.InitiateUploadsAsync(new InitiateUploadsRequest
        {
            Files = [new UploadFile { FileName = "guide.pdf", MimeType = "application/pdf", FileSize = 2048 }, new UploadFile { FileName = "faq.md", MimeType = "text/markdown", FileSize = 10 }],
        })).Uploads;
        var guide = uploads[0];

        Assert.Equal(["guide.pdf", "faq.md"], uploads.Select(u => u.FileName));
        Assert.Equal($"{emulator.AppId}/kb/uploads/{guide.UploadId}.pdf", guide.S3Key);
        Assert.EndsWith(guide.S3Key!, guide.PresignedUrl, System.StringComparison.Ordinal);
        var listed = (await client.KnowledgeBase.ListAsync()).Items;
        Assert.Equal(["faq.md", "guide.pdf", "Notes"], listed.Select(r => r.SourceName));
        Assert.Equal(["uploads", "uploads", "text-details"], listed.Select(r => r.Type));
        Assert.Equal(KnowledgeBaseStatus.Indexed, (await client.KnowledgeBase.PollStatusAsync(new UniqueIdsQuery { UniqueId = [guide.UploadId!] }))[guide.UploadId!]);
        await TestData.AssertFailsAsync(() => client.KnowledgeBase.InitiateUploadsAsync(new InitiateUploadsRequest { Files = [new UploadFile { FileName = "a.exe", MimeType = "application/octet-stream", FileSize = 5 }] }), CometChatErrorCodes.BadRequest, 400);

        var agent = (await client.AgentBuilder.CreateAsync(new CreateAgentRequest { Name = "Reader" })).Agent;
        await client.AgentBuilder.AddKnowledgeBaseSourcesAsync(agent.Uid!, KnowledgeBaseSourceType.Uploads, new KnowledgeBaseSourcesRequest { UniqueIds = [guide.UploadId!] });
        await TestData.AssertFailsAsync(() => client.AgentBuilder.AddKnowledgeBaseSourcesAsync(agent.Uid!, KnowledgeBaseSourceType.Uploads, new KnowledgeBaseSourcesRequest { UniqueIds = [text.UniqueId!] }), CometChatErrorCodes.KbNotFound, 404);
        Assert.Equal([guide.UploadId!], (await client.AgentBuilder.GetAsync(agent.Uid!)).Files);

        var deleted = await client.KnowledgeBase.DeleteUploadAsync(guide.UploadId!);

        Assert.Equal(guide.UploadId, deleted.UploadId);
        Assert.True(deleted.DeletedFromAgents);
        Assert.Empty((await client.AgentBuilder.GetAsync(agent.Uid!)).Files!);
        Assert.Equal(2, (await client.KnowledgeBase.ListAsync()).Items.Count);
        await TestData.AssertFailsAsync(() => client.KnowledgeBase.DeleteUploadAsync(guide.UploadId!), CometChatErrorCodes.KbNotFound, 404);
    }

    [Fact]
    public async Task Source_pages_show_a_text_entry_as_one_page_and_retries_need_the_source()
    {
        var entry = await Client.KnowledgeBase.CreateTextAsync(new CreateTextEntryRequest { Title = "Shipping", Text = "Orders ship in two days." });
        var upload = (await Client.KnowledgeBase.InitiateUploadsAsync(new InitiateUploadsRequest { Files = [new UploadFile { FileName = "a.txt", MimeType = "text/plain", FileSize = 3 }] })).Uploads[0];

        var pages = await Client.KnowledgeBase.ListSourcePagesAsync(KnowledgeBaseSourceType.Text, entry.UniqueId!);
        var beyond = await Client.KnowledgeBase.ListSourcePagesAsync(KnowledgeBaseSourceType.Text, entry.UniqueId!, new ListSourcePagesOptions { Page = 2 });
        var uploaded = await Client.KnowledgeBase.ListSourcePagesAsync(KnowledgeBaseSourceType.Uploads, upload.UploadId!);

        Assert.Equal(entry.FileName, pages.SourceDetails!.FileName);
        Assert.Equal(1, pages.SourceDetails.TotalPages);
        var page = Assert.Single(pages.PageContent!);
        Assert.Equal(("Orders ship in two days.", 1, 24), (page.Content, page.PageNumber, page.CharCount));
        Assert.Empty(beyond.PageContent!);
        Assert.Equal(0, uploaded.SourceDetails!.TotalPages);
        Assert.True((await Client.KnowledgeBase.RetrySourceIndexingAsync(KnowledgeBaseSourceType.Text, entry.UniqueId!)).Success);
        await TestData.AssertFailsAsync(() => Client.KnowledgeBase.RetrySourceIndexingAsync(KnowledgeBaseSourceType.Uploads, entry.UniqueId!), CometChatErrorCodes.KbNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.KnowledgeBase.ListSourcePagesAsync(KnowledgeBaseSourceType.Text, "missing"), CometChatErrorCodes.KbNotFound, 404);
    }

    [Fact]
    public async Task Text_entries_are_created_linked_updated_and_deleted()
    {
        var created = await Client.KnowledgeBase.CreateTextAsync(new CreateTextEntryRequest { Title = "Return policy", Text = "Items can be returned within 30 days." });
        var id = created.UniqueId!;
        var agent = (await Client.AgentBuilder.CreateAsync(new CreateAgentRequest { Name = "Support" })).Agent;

        await Client.AgentBuilder.AddKnowledgeBaseSourcesAsync(agent.Uid!, KnowledgeBaseSourceType.Text, new KnowledgeBaseSourcesRequest { UniqueIds = [id] });
        var updated = await Client.KnowledgeBase.UpdateTextAsync(id, new UpdateTextEntryRequest { Title = "Refunds" });

        Assert.Equal("return-policy.md", created.FileName);
        Assert.Equal($"{_fixture.Emulator.AppId}/kb/text/{id}.md", created.S3Key);
        Assert.Equal(KnowledgeBaseStatus.Indexed, created.Status);
        Assert.Equal([id], (await Client.AgentBuilder.GetAsync(agent.Uid!)).Files);
        Assert.Equal("refunds.md", updated.FileName);
        Assert.Equal("Items can be returned within 30 days.", (await Client.KnowledgeBase.GetTextAsync(id)).Text);
        Assert.Contains(id, (await Client.KnowledgeBase.ListTextsAsync()).Select(e => e.UniqueId));
        await TestData.AssertFailsAsync(() => Client.AgentBuilder.AddKnowledgeBaseSourcesAsync(agent.Uid!, KnowledgeBaseSourceType.Text, new KnowledgeBaseSourcesRequest { UniqueIds = ["missing"] }), CometChatErrorCodes.KbNotFound, 404);

        var deleted = await Client.KnowledgeBase.DeleteTextAsync(id);

        Assert.True(deleted.DeletedFromAgents);
        Assert.Empty((await Client.AgentBuilder.GetAsync(agent.Uid!)).Files!);
        await TestData.AssertFailsAsync(() => Client.KnowledgeBase.GetTextAsync(id), CometChatErrorCodes.KbNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.KnowledgeBase.CreateTextAsync(new CreateTextEntryRequest { Title = "", Text = "x" }), CometChatErrorCodes.BadRequest, 400);
    }
}
