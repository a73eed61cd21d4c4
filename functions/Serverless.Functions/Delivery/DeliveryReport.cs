namespace Serverless.Functions.Delivery;

/// <summary>What delivering one notification did.</summary>
/// <param name="Sent">Copies sent now.</param>
/// <param name="AlreadyDone">Copies the ledger showed as sent or refused before: not sent again.</param>
/// <param name="Refused">Copies refused for good now (listed for operators).</param>
/// <param name="NoContacts">True when the agency had nobody to send to (listed for operators).</param>
public sealed record DeliveryReport(int Sent, int AlreadyDone, int Refused, bool NoContacts);
