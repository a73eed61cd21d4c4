using Serverless.Functions.Delivery;

namespace Serverless.Dispatch.Tests.Delivery;

/// <summary>Contacts as an office would enter them.</summary>
public static class Contacts
{
    public static AgencyContact FocalPoint(string email = "dau.moi@sxd.test.gov.vn") =>
        new("Trần Thị Đầu Mối", ContactRole.FocalPoint, email, [0, 1, 2, 3]);

    public static AgencyContact Head(string email = "giam.doc@sxd.test.gov.vn") =>
        new("Nguyễn Văn Giám Đốc", ContactRole.Head, email, [1, 2, 3]);
}
