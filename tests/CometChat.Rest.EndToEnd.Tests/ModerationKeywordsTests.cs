using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Moderation keyword lists, sent as forms.</summary>
public sealed class ModerationKeywordsTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public ModerationKeywordsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Keyword_lists_are_created_revised_and_deleted()
    {
        var id = TestData.NewUid("words");

        var created = await Client.ModerationKeywords.CreateAsync(new ModerationKeywordListRequest { Id = id, Name = "Profanity", Category = ModerationListCategory.Word, SearchTerms = "spam, scam,fraud" });
        var updated = await Client.ModerationKeywords.UpdateAsync(id, new ModerationKeywordListRequest
        {
            Category = ModerationListCategory.Word,
            File = new CometChatFile(Encoding.UTF8.GetBytes("alpha,beta\ngamma\n"), "words.csv", "text/csv"),
        });

        Assert.Equal(["spam", "scam", "fraud"], created.SearchTerms);
        Assert.False(created.IsCsv);
        Assert.Equal($"{_fixture.Emulator.AppId}_{id}_1", created.RevisionId);
        Assert.Equal(["alpha", "beta", "gamma"], updated.SearchTerms);
        Assert.True(updated.IsCsv);
        Assert.Equal("Profanity", updated.Name);
        Assert.Equal($"{_fixture.Emulator.AppId}_{id}_2", (await Client.ModerationKeywords.GetAsync(id)).RevisionId);
        Assert.Contains(id, (await Client.ModerationKeywords.ListAllAsync().ToListAsync()).Select(l => l.Id));
        await TestData.AssertFailsAsync(() => Client.ModerationKeywords.UpdateAsync(id, new ModerationKeywordListRequest { Category = ModerationListCategory.Pattern }), CometChatErrorCodes.BadRequest, 400);

        Assert.True((await Client.ModerationKeywords.DeleteAsync(id)).Success);
        await TestData.AssertFailsAsync(() => Client.ModerationKeywords.GetAsync(id), CometChatErrorCodes.KeywordNotFound, 404);
    }

    [Fact]
    public async Task Sentence_lists_and_errors()
    {
        var id = TestData.NewUid("sentences");

        var created = await Client.ModerationKeywords.CreateAsync(new ModerationKeywordListRequest { Id = id, Category = ModerationListCategory.SentenceSimilarity, DisallowedSentences = ["buy followers now", "click this link"] });

        Assert.Equal(["buy followers now", "click this link"], created.DisallowedSentences);
        await TestData.AssertFailsAsync(() => Client.ModerationKeywords.CreateAsync(new ModerationKeywordListRequest { Id = id, Category = ModerationListCategory.Word, SearchTerms = "x" }), CometChatErrorCodes.BadRequest, 400);
        await TestData.AssertFailsAsync(() => Client.ModerationKeywords.CreateAsync(new ModerationKeywordListRequest { Id = TestData.NewUid("empty"), Category = ModerationListCategory.Word }), CometChatErrorCodes.BadRequest, 400);
        await TestData.AssertFailsAsync(() => Client.ModerationKeywords.DeleteAsync("missing"), CometChatErrorCodes.KeywordNotFound, 404);
    }
}
