namespace Serverless.Notices;

/// <summary>
/// Parses the plain text of a Vietnamese conclusion notice ("Thông báo kết luận", "ý kiến chỉ đạo")
/// into a draft: metadata, then each numbered directive with its agencies, roles and deadlines.
/// Thread-safe; reuse one instance.
/// </summary>
public sealed class NoticeParser(AgencyRegistry registry)
{
    private readonly MetadataReader metadataReader = new(registry);

    /// <summary>A parser with the shipped agency registry.</summary>
    public NoticeParser()
        : this(AgencyRegistry.Default)
    {
    }

    /// <summary>
    /// Parses a notice's text (any Unicode normalisation; text extracted from PDF or web pages is fine).
    /// Throws <see cref="NoticeParseException"/> for empty, binary, badly encoded or oversized (over 5 MB)
    /// text and for text that has no numbered items.
    /// </summary>
    public ParsedNotice Parse(string text)
    {
        var normalized = InputGuard.Check(text);
        var outline = OutlineBuilder.Build(TextCleaner.Paragraphs(normalized))
            ?? throw new NoticeParseException("Không tìm thấy mục nào được đánh số (1., 2., a), ...) trong văn bản; văn bản có phải là thông báo kết luận không?");
        var metadata = metadataReader.Read(outline);
        var names = registry.NamesFor(metadata.Province);
        var agencies = new AgencyExtractor(registry, names);
        var deadlines = new DeadlineExtractor(metadata.Dates);
        var addressees = Addressees(outline.Addressees, names);

        var directives = new List<ParsedDirective>(outline.Items.Count);
        foreach (var item in outline.Items)
        {
            var itemText = string.Join('\n', item.Lines);
            var found = deadlines.Extract(itemText);
            directives.Add(new ParsedDirective(
                item.Number,
                itemText,
                agencies.Extract(item.Lines, addressees),
                found,
                found.Any(d => d.Kind == DeadlineKind.Conditional)));
        }

        return new ParsedNotice(
            metadata.MeetingDate,
            metadata.PeriodEnd,
            metadata.Issuer,
            metadata.Title,
            metadata.DocumentDate,
            addressees,
            directives)
        {
            Number = metadata.Number,
            IssuedOn = metadata.IssuedOn,
            IssuedOnInferred = metadata.IssuedOnInferred,
            LeadIn = metadata.LeadIn,
        };
    }

    private List<ParsedAgency> Addressees(string block, NameTrie names)
    {
        if (block.Length == 0)
            return [];
        var tokens = Tokenizer.Tokenize(block, registry.Abbreviations);
        return [.. new AgencyFinder(block, tokens, names, registry.Lexicon).FindAll()
            .Select(m => new ParsedAgency(m.Name, AgencyRole.Lead, m.Canonical))];
    }
}
