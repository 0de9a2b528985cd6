using Dateline.Training.Clusters;

namespace Dateline.Tests.Clusters;

public class MailBodyTests
{
    [Fact]
    public void Extract_KeepsTheWritersProseOnly()
    {
        const string message = """
            From someone@example.com  Thu Aug 22 12:36:23 2002
            Subject: Re: laptops
            Content-Type: text/plain

            Kevin Smith wrote:
            > how might i configure my laptop?
            > thanks

            Try the dial-up wizard first.
            It knows most providers.

            http://example.com/wizard
            12.5   13.0   99.1   -0.4   (MB/s)
            -----Original Message-----
            From: Kevin
            Earlier text nobody should learn from.
            """;

        var body = MailBody.Extract(message);

        Assert.Equal("\nTry the dial-up wizard first.\nIt knows most providers.\n\n\n", body);
    }

    [Fact]
    public void Extract_StopsAtSignatureAndListFooter()
    {
        var body = MailBody.Extract("Subject: x\n\nShort note.\n-- \nkevin, fork()'ed\n");
        Assert.Equal("Short note.\n\n", body);

        body = MailBody.Extract("Subject: x\n\nAnother note.\n_______________________________________________\nIlug mailing list\n");
        Assert.Equal("Another note.\n\n", body);
    }

    [Fact]
    public void Extract_ReadsPlainPartsOfMimeMailAndDecodesQuotedPrintable()
    {
        const string message = """
            Subject: news
            Content-Type: multipart/alternative;
                boundary="XYZ"

            This is a multi-part message in MIME format.
            --XYZ
            Content-Type: text/plain; charset=iso-8859-1
            Content-Transfer-Encoding: quoted-printable

            The council met on Tues=
            day =3D a long session.
            --XYZ
            Content-Type: text/html

            <p>The council met on Tuesday.</p>
            --XYZ
            Content-Type: text/plain
            Content-Transfer-Encoding: base64

            VGhlIGNvdW5jaWw=
            --XYZ--
            """;

        var body = MailBody.Extract(message);

        Assert.Equal("The council met on Tuesday = a long session.\n\n\n", body);
    }

    [Fact]
    public void Extract_SkipsHtmlMail()
    {
        Assert.Equal("", MailBody.Extract("Content-Type: text/html\n\n<html><body>Buy now</body></html>\n"));
    }
}
