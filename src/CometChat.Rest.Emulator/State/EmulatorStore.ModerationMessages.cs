using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// Messages submitted for moderation, judged at once by the app's enabled text rules: a message containing a term of a
// rule (its keyword lists' terms, or its own values) is disapproved and recorded as blocked, anything else approved.
// They are kept apart from the chat messages: the emulator does not deliver them.
internal sealed partial class EmulatorStore
{
    private readonly Dictionary<long, ChatMessage> _moderationMessages = [];
    private readonly List<ModerationVerdict> _blockedVerdicts = [];
    private readonly List<ModerationVerdict> _reviewedVerdicts = [];

    public ChatMessage SubmitModerationMessage(SubmitModerationMessageRequest request)
    {
        lock (_gate)
        {
            var sender = request.SenderUserDetails is { } senderDetails ? ImportUserLocked(senderDetails, allowExisting: true) : FindActiveUser(request.Sender);
            string receiver;
            string conversationId;
            if (request.ReceiverType == ReceiverType.Group)
            {
                var group = request.ReceiverGroupDetails is { } groupDetails ? ImportGroupLocked(groupDetails, null, allowExisting: true) : FindGroup(request.Receiver);
                receiver = group.Guid;
                conversationId = "group_" + group.Guid;
            }
            else
            {
                receiver = (request.ReceiverUserDetails is { } receiverDetails ? ImportUserLocked(receiverDetails, allowExisting: true) : FindActiveUser(request.Receiver)).Uid;
                conversationId = ConversationId(sender.Uid, receiver);
            }

            var now = Now();
            var message = new ChatMessage
            {
                Id = (++_actionMessageId).ToString(CultureInfo.InvariantCulture),
                Muid = request.Muid,
                ConversationId = conversationId,
                Sender = sender.Uid,
                ReceiverType = request.ReceiverType,
                Receiver = receiver,
                Category = request.Category ?? MessageCategory.Message.Value,
                Type = request.Type ?? "text",
                Data = new ChatMessageData
                {
                    Text = request.Data?.Text,
                    CustomData = Clone(request.Data?.CustomData),
                    Attachments = request.Data?.Attachments,
                    Metadata = Clone(request.Data?.Metadata),
                },
                Tags = request.Tags is null ? null : [.. request.Tags],
                SentAt = request.SentAt ?? FromUnix(now),
                UpdatedAt = FromUnix(now),
            };
            Moderate(message);
            _moderationMessages.Add(long.Parse(message.Id, CultureInfo.InvariantCulture), message);
            return Copy(message, ChatMessageJsonConverter.Instance);
        }
    }

    /// <summary>A page of the submitted messages, oldest first, after the (sentAt, id) cursor when one is given.</summary>
    public (List<ChatMessage> Items, bool More) ListModerationMessages(Func<ChatMessage, bool> filter, long? afterSentAt, long? afterId, int limit)
    {
        lock (_gate)
        {
            var matching = _moderationMessages.Values
                .Where(filter)
                .OrderBy(m => m.SentAt).ThenBy(m => long.Parse(m.Id!, CultureInfo.InvariantCulture))
                .Where(m => afterSentAt is null
                    || m.SentAt!.Value.ToUnixTimeSeconds() > afterSentAt
                    || (m.SentAt.Value.ToUnixTimeSeconds() == afterSentAt && long.Parse(m.Id!, CultureInfo.InvariantCulture) > (afterId ?? long.MinValue)))
                .ToList();
            return ([.. matching.Take(limit).Select(m => Copy(m, ChatMessageJsonConverter.Instance))], matching.Count > limit);
        }
    }

    public ChatMessage GetModerationMessage(string id)
    {
        lock (_gate)
        {
            return Copy(FindModerationMessage(id), ChatMessageJsonConverter.Instance);
        }
    }

    /// <summary>Replaces the content and moderates the message again.</summary>
    public ChatMessage UpdateModerationMessage(string id, ModerationMessageData data)
    {
        lock (_gate)
        {
            var message = FindModerationMessage(id);
            message.Data = new ChatMessageData { Text = data.Text, CustomData = Clone(data.CustomData), Attachments = data.Attachments, Metadata = Clone(data.Metadata) };
            message.UpdatedAt = FromUnix(Now());
            _blockedVerdicts.RemoveAll(v => v.Message?.Id == message.Id);
            Moderate(message);
            return Copy(message, ChatMessageJsonConverter.Instance);
        }
    }

    public void DeleteModerationMessage(string id)
    {
        lock (_gate)
        {
            var message = FindModerationMessage(id);
            _moderationMessages.Remove(long.Parse(message.Id!, CultureInfo.InvariantCulture));
            _blockedVerdicts.RemoveAll(v => v.Message?.Id == message.Id);
            _reviewedVerdicts.RemoveAll(v => v.Message?.Id == message.Id);
        }
    }

    public List<ModerationVerdict> ListBlockedVerdicts()
    {
        lock (_gate)
        {
            return [.. _blockedVerdicts.Select(v => Copy(v, ModerationVerdictJsonConverter.Instance))];
        }
    }

    public List<ModerationVerdict> ListReviewedVerdicts()
    {
        lock (_gate)
        {
            return [.. _reviewedVerdicts.Select(v => Copy(v, ModerationVerdictJsonConverter.Instance))];
        }
    }

    /// <summary>A moderator's decision on a blocked message: approved releases it, rejected keeps it blocked; both move it to the reviewed list.</summary>
    public void ReviewBlockedMessage(string messageId, bool approved)
    {
        lock (_gate)
        {
            var verdict = _blockedVerdicts.FirstOrDefault(v => v.Message?.Id == messageId)
                ?? throw ApiError.MessageNotFound(messageId);
            _blockedVerdicts.Remove(verdict);
            var status = new ModerationStatus(approved ? "approved" : "disapproved");
            if (_moderationMessages.TryGetValue(long.Parse(messageId, CultureInfo.InvariantCulture), out var message))
            {
                message.Data!.Moderation = new ChatMessageModeration { Status = status };
                verdict.Message = Copy(message, ChatMessageJsonConverter.Instance);
            }

            verdict.UpdatedAt = FromUnix(Now());
            _reviewedVerdicts.Add(verdict);
        }
    }

    // ----- Helpers (call with the lock held) -----

    private ChatMessage FindModerationMessage(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && _moderationMessages.TryGetValue(number, out var message)
            ? message
            : throw ApiError.MessageNotFound(id);

    /// <summary>Applies the first enabled rule whose text condition matches; no match approves the message.</summary>
    private void Moderate(ChatMessage message)
    {
        var text = message.Data?.Text;
        foreach (var rule in _moderationRules.Values.Select(revisions => revisions[^1]).Where(rule => rule.Enabled == true).OrderBy(rule => rule.CreatedAt))
        {
            var condition = text is null ? null : rule.Conditions?.FirstOrDefault(c => Matches(c, text));
            if (condition is null)
            {
                continue;
            }

            message.Data!.Moderation = new ChatMessageModeration { Status = new ModerationStatus("disapproved"), Rule = new JsonObject { ["id"] = rule.Id, ["name"] = rule.Name } };
            var now = FromUnix(Now());
            _blockedVerdicts.Add(new ModerationVerdict
            {
                RuleId = rule.Id,
                RuleName = rule.Name,
                RevisionId = rule.RevisionId,
                Condition = Copy(condition, ModerationConditionJsonConverter.Instance),
                Message = Copy(message, ChatMessageJsonConverter.Instance),
                Action = rule.Action is null ? [] : [.. rule.Action],
                CreatedAt = now,
                UpdatedAt = now,
            });
            return;
        }

        message.Data!.Moderation = new ChatMessageModeration { Status = new ModerationStatus("approved") };
    }

    /// <summary>Text conditions only: <c>contains</c> a term as a word, or <c>equals</c> a term, ignoring case.</summary>
    private bool Matches(ModerationCondition condition, string text)
    {
        if (condition.Operand is not (null or "text") || condition.Value is null)
        {
            return false;
        }

        var terms = condition.IsKeywordsReferencePresent == true
            ? condition.Value.SelectMany(id => _keywordLists.TryGetValue(id, out var revisions) ? (IEnumerable<string>?)revisions[^1].SearchTerms ?? [] : [])
            : condition.Value;
        var words = text.Split([' ', '\t', '\n', '.', ',', '!', '?', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        return condition.Operator switch
        {
            "contains" => terms.Any(term => words.Contains(term, StringComparer.OrdinalIgnoreCase)),
            "equals" => terms.Any(term => string.Equals(text.Trim(), term, StringComparison.OrdinalIgnoreCase)),
            _ => false,
        };
    }
}
