using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Serverless.Functions.Auth;

/// <summary>The local RSA key that signs development tokens: created on first use, kept in a git-ignored file.</summary>
public static class DevelopmentSigningKey
{
    /// <summary>Key id put in the token header.</summary>
    public const string KeyId = "serverless-dev";

    /// <summary>The default file: .local/dev-signing-key.pem in the repository (found from the running binary), else the user's profile.</summary>
    public static string DefaultPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
                return Path.Combine(dir.FullName, ".local", "dev-signing-key.pem");
        }
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "serverless-dev", "dev-signing-key.pem");
    }

    /// <summary>Loads the key, creating it first when the file does not exist.</summary>
    public static RsaSecurityKey LoadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var rsa = RSA.Create();
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            rsa.KeySize = 2048;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return new RsaSecurityKey(rsa) { KeyId = KeyId };
    }
}
