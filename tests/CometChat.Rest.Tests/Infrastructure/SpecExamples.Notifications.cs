namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>The 200 examples of the notifications, moderation and data import operations.</summary>
public static partial class SpecExamples
{
    /// <summary><c>PATCH /notifications/v1/settings</c> (update-notification-settings).</summary>
    public static string UpdateNotificationSettings => All["update-notification-settings"];

    /// <summary><c>GET /notifications/v1/preferences</c> (get-notification-preferences).</summary>
    public static string GetNotificationPreferences => All["get-notification-preferences"];

    /// <summary><c>PUT /notifications/v1/preferences/mute</c> (mute-conversations).</summary>
    public static string MuteConversations => All["mute-conversations"];

    /// <summary><c>POST /notifications/push/v1/tokens</c> (register-push-token).</summary>
    public static string RegisterPushToken => All["register-push-token"];

    /// <summary><c>GET /notifications/push/v1/tokens</c> (list-push-tokens).</summary>
    public static string ListPushTokens => All["list-push-tokens"];

    /// <summary><c>DELETE /notifications/push/v1/tokens/{pushToken}</c> (delete-push-token).</summary>
    public static string DeletePushToken => All["delete-push-token"];

    /// <summary><c>POST /notifications/push/v1/providers/fcm</c> (add-fcm-provider).</summary>
    public static string AddFcmProvider => All["add-fcm-provider"];

    /// <summary><c>POST /notifications/email/v1/providers/sendgrid</c> (save-sendgrid-settings).</summary>
    public static string SaveSendGridSettings => All["save-sendgrid-settings"];

    /// <summary><c>PUT /notifications/sms/v1/providers/twilio</c> (update-twilio-settings).</summary>
    public static string UpdateTwilioSettings => All["update-twilio-settings"];

    /// <summary><c>PATCH /notifications/v1/contact-details</c> (update-contact-details).</summary>
    public static string UpdateContactDetails => All["update-contact-details"];

    /// <summary><c>GET /notifications/v1/logs</c> (list-notification-logs).</summary>
    public static string ListNotificationLogs => All["list-notification-logs"];

    /// <summary><c>POST /moderation/rules</c> (create-moderation-rule).</summary>
    public static string CreateModerationRule => All["create-moderation-rule"];

    /// <summary><c>GET /moderation/rules</c> (list-moderation-rules).</summary>
    public static string ListModerationRules => All["list-moderation-rules"];

    /// <summary><c>POST /moderation/keywords</c> (create-moderation-keyword).</summary>
    public static string CreateModerationKeyword => All["create-moderation-keyword"];

    /// <summary><c>PUT /moderation/keywords/{keywordId}</c> (update-moderation-keyword).</summary>
    public static string UpdateModerationKeyword => All["update-moderation-keyword"];

    /// <summary><c>DELETE /moderation/reasons/{id}</c> (delete-moderation-reason).</summary>
    public static string DeleteModerationReason => All["delete-moderation-reason"];

    /// <summary><c>POST /messages/{id}/flagged</c> (flag-message).</summary>
    public static string FlagMessage => All["flag-message"];

    /// <summary><c>GET /moderation/flagged-messages</c> (list-flagged-messages).</summary>
    public static string ListFlaggedMessages => All["list-flagged-messages"];

    /// <summary><c>PATCH /moderation/flagged-messages/{id}</c> (review-flagged-message).</summary>
    public static string ReviewFlaggedMessage => All["review-flagged-message"];

    /// <summary><c>GET /moderation/blocked-messages</c> (list-blocked-messages).</summary>
    public static string ListBlockedMessages => All["list-blocked-messages"];

    /// <summary><c>PATCH /moderation/blocked-messages/{messageId}</c> (review-blocked-message).</summary>
    public static string ReviewBlockedMessage => All["review-blocked-message"];

    /// <summary><c>POST /moderation/messages</c> (submit-moderation-message).</summary>
    public static string SubmitModerationMessage => All["submit-moderation-message"];

    /// <summary><c>GET /moderation/messages</c> (list-moderation-messages).</summary>
    public static string ListModerationMessages => All["list-moderation-messages"];

    /// <summary><c>POST /data_import/users</c> (import-users).</summary>
    public static string ImportUsers => All["import-users"];

    /// <summary><c>POST /data_import/groups</c> (import-groups).</summary>
    public static string ImportGroups => All["import-groups"];

    /// <summary><c>POST /data_import/members</c> (import-group-members).</summary>
    public static string ImportGroupMembers => All["import-group-members"];

    /// <summary><c>POST /data_import/messages</c> (import-messages).</summary>
    public static string ImportMessages => All["import-messages"];
}
