namespace BackOffice.Collections.Persistence;

/// <summary>
/// Turns the choices kept before the history (dates only, in the debtor's JSON column) into history entries, honestly:
/// recorded by "before-history", how unknown, and no date where none was kept (opt-outs, time windows, third parties'
/// refusals). Run once by the migration that introduced the history; a debtor already in the new shape is left alone.
/// </summary>
internal static class ChoiceHistoryBackfill
{
    public const string Sqlite = @"
UPDATE collections_Debtors SET Choices = json_object('history', (
  SELECT json_group_array(json_set(entry, '$.id', lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'
      || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))))
  FROM (
    SELECT json_object('kind', kind, 'made', json_object('at', at, 'by', 'before-history', 'how', 'Unknown')) AS entry
    FROM (
      SELECT 'CeaseRequest' AS kind, json_extract(collections_Debtors.Choices, '$.ceaseRequestedAt') AS at
      UNION ALL SELECT 'Dispute', json_extract(collections_Debtors.Choices, '$.disputeOpenedAt')
      UNION ALL SELECT 'LegalRepresentation', json_extract(collections_Debtors.Choices, '$.representedSince'))
    WHERE at IS NOT NULL
    UNION ALL SELECT json_object('kind', 'OptOut', 'made', json_object('by', 'before-history', 'how', 'Unknown'), 'method', value)
      FROM json_each(collections_Debtors.Choices, '$.optedOut') WHERE json_type(collections_Debtors.Choices, '$.optedOut') = 'array'
    UNION ALL SELECT json_object('kind', 'Inconvenient', 'made', json_object('by', 'before-history', 'how', 'Unknown'), 'window', json(value))
      FROM json_each(collections_Debtors.Choices, '$.inconvenient') WHERE json_type(collections_Debtors.Choices, '$.inconvenient') = 'array'
    UNION ALL SELECT json_object('kind', 'ConsentToTime', 'made', json_object('by', 'before-history', 'how', 'Unknown'), 'window', json(value))
      FROM json_each(collections_Debtors.Choices, '$.consented') WHERE json_type(collections_Debtors.Choices, '$.consented') = 'array'
    UNION ALL SELECT json_object('kind', 'RefusedThirdParty', 'made', json_object('by', 'before-history', 'how', 'Unknown'), 'thirdPartyId', value)
      FROM json_each(collections_Debtors.Choices, '$.refusedThirdParties') WHERE json_type(collections_Debtors.Choices, '$.refusedThirdParties') = 'array')))
WHERE json_type(Choices, '$.history') IS NULL;";

    public const string SqlServer = @"
UPDATE d SET [Choices] = CONCAT(N'{""history"":', COALESCE((
    SELECT LOWER(CONVERT(nvarchar(36), NEWID())) AS [id], e.[kind], e.[method], JSON_QUERY(e.[window]) AS [window],
        e.[thirdPartyId], e.[at] AS [made.at], N'before-history' AS [made.by], N'Unknown' AS [made.how]
    FROM (
        SELECT N'CeaseRequest' AS [kind], CAST(NULL AS nvarchar(max)) AS [method], CAST(NULL AS nvarchar(max)) AS [window],
            CAST(NULL AS nvarchar(max)) AS [thirdPartyId], JSON_VALUE(d.[Choices], '$.ceaseRequestedAt') AS [at]
        UNION ALL SELECT N'Dispute', NULL, NULL, NULL, JSON_VALUE(d.[Choices], '$.disputeOpenedAt')
        UNION ALL SELECT N'LegalRepresentation', NULL, NULL, NULL, JSON_VALUE(d.[Choices], '$.representedSince')
        UNION ALL SELECT N'OptOut', o.[value], NULL, NULL, NULL FROM OPENJSON(JSON_QUERY(d.[Choices], '$.optedOut')) o
        UNION ALL SELECT N'Inconvenient', NULL, w.[value], NULL, NULL FROM OPENJSON(JSON_QUERY(d.[Choices], '$.inconvenient')) w
        UNION ALL SELECT N'ConsentToTime', NULL, w.[value], NULL, NULL FROM OPENJSON(JSON_QUERY(d.[Choices], '$.consented')) w
        UNION ALL SELECT N'RefusedThirdParty', NULL, NULL, r.[value], NULL FROM OPENJSON(JSON_QUERY(d.[Choices], '$.refusedThirdParties')) r
    ) e
    WHERE e.[kind] NOT IN (N'CeaseRequest', N'Dispute', N'LegalRepresentation') OR e.[at] IS NOT NULL
    FOR JSON PATH), N'[]'), N'}')
FROM [collections].[Debtors] d
WHERE JSON_QUERY(d.[Choices], '$.history') IS NULL;";
}
