using System.Collections.Generic;

namespace SeedData.Tests.Quality;

/// <summary>
/// Where Python's <c>str.casefold()</c> (Unicode full case folding, as of Python 3.11's Unicode 14.0) differs from
/// .NET's <c>Rune.ToLowerInvariant</c>: multi-character foldings (U+00DF to "ss"), folds that are not the lower
/// case (final sigma, Greek symbol forms, Cherokee folding to upper case) and title-case letters with iota.
/// Generated 2026-11-30 by comparing both over every assigned code point; with it, the two agree everywhere.
/// </summary>
internal static class CaseFolding
{
    public static readonly Dictionary<int, string> Special = new()
    {
        [0xB5] = "\u03BC", [0xDF] = "\u0073\u0073", [0x130] = "\u0069\u0307", [0x149] = "\u02BC\u006E", [0x17F] = "\u0073", [0x1F0] = "\u006A\u030C",
        [0x345] = "\u03B9", [0x390] = "\u03B9\u0308\u0301", [0x3B0] = "\u03C5\u0308\u0301", [0x3C2] = "\u03C3", [0x3D0] = "\u03B2", [0x3D1] = "\u03B8",
        [0x3D5] = "\u03C6", [0x3D6] = "\u03C0", [0x3F0] = "\u03BA", [0x3F1] = "\u03C1", [0x3F5] = "\u03B5", [0x587] = "\u0565\u0582",
        [0x13A0] = "\u13A0", [0x13A1] = "\u13A1", [0x13A2] = "\u13A2", [0x13A3] = "\u13A3", [0x13A4] = "\u13A4", [0x13A5] = "\u13A5",
        [0x13A6] = "\u13A6", [0x13A7] = "\u13A7", [0x13A8] = "\u13A8", [0x13A9] = "\u13A9", [0x13AA] = "\u13AA", [0x13AB] = "\u13AB",
        [0x13AC] = "\u13AC", [0x13AD] = "\u13AD", [0x13AE] = "\u13AE", [0x13AF] = "\u13AF", [0x13B0] = "\u13B0", [0x13B1] = "\u13B1",
        [0x13B2] = "\u13B2", [0x13B3] = "\u13B3", [0x13B4] = "\u13B4", [0x13B5] = "\u13B5", [0x13B6] = "\u13B6", [0x13B7] = "\u13B7",
        [0x13B8] = "\u13B8", [0x13B9] = "\u13B9", [0x13BA] = "\u13BA", [0x13BB] = "\u13BB", [0x13BC] = "\u13BC", [0x13BD] = "\u13BD",
        [0x13BE] = "\u13BE", [0x13BF] = "\u13BF", [0x13C0] = "\u13C0", [0x13C1] = "\u13C1", [0x13C2] = "\u13C2", [0x13C3] = "\u13C3",
        [0x13C4] = "\u13C4", [0x13C5] = "\u13C5", [0x13C6] = "\u13C6", [0x13C7] = "\u13C7", [0x13C8] = "\u13C8", [0x13C9] = "\u13C9",
        [0x13CA] = "\u13CA", [0x13CB] = "\u13CB", [0x13CC] = "\u13CC", [0x13CD] = "\u13CD", [0x13CE] = "\u13CE", [0x13CF] = "\u13CF",
        [0x13D0] = "\u13D0", [0x13D1] = "\u13D1", [0x13D2] = "\u13D2", [0x13D3] = "\u13D3", [0x13D4] = "\u13D4", [0x13D5] = "\u13D5",
        [0x13D6] = "\u13D6", [0x13D7] = "\u13D7", [0x13D8] = "\u13D8", [0x13D9] = "\u13D9", [0x13DA] = "\u13DA", [0x13DB] = "\u13DB",
        [0x13DC] = "\u13DC", [0x13DD] = "\u13DD", [0x13DE] = "\u13DE", [0x13DF] = "\u13DF", [0x13E0] = "\u13E0", [0x13E1] = "\u13E1",
        [0x13E2] = "\u13E2", [0x13E3] = "\u13E3", [0x13E4] = "\u13E4", [0x13E5] = "\u13E5", [0x13E6] = "\u13E6", [0x13E7] = "\u13E7",
        [0x13E8] = "\u13E8", [0x13E9] = "\u13E9", [0x13EA] = "\u13EA", [0x13EB] = "\u13EB", [0x13EC] = "\u13EC", [0x13ED] = "\u13ED",
        [0x13EE] = "\u13EE", [0x13EF] = "\u13EF", [0x13F0] = "\u13F0", [0x13F1] = "\u13F1", [0x13F2] = "\u13F2", [0x13F3] = "\u13F3",
        [0x13F4] = "\u13F4", [0x13F5] = "\u13F5", [0x13F8] = "\u13F0", [0x13F9] = "\u13F1", [0x13FA] = "\u13F2", [0x13FB] = "\u13F3",
        [0x13FC] = "\u13F4", [0x13FD] = "\u13F5", [0x1C80] = "\u0432", [0x1C81] = "\u0434", [0x1C82] = "\u043E", [0x1C83] = "\u0441",
        [0x1C84] = "\u0442", [0x1C85] = "\u0442", [0x1C86] = "\u044A", [0x1C87] = "\u0463", [0x1C88] = "\uA64B", [0x1E96] = "\u0068\u0331",
        [0x1E97] = "\u0074\u0308", [0x1E98] = "\u0077\u030A", [0x1E99] = "\u0079\u030A", [0x1E9A] = "\u0061\u02BE", [0x1E9B] = "\u1E61", [0x1E9E] = "\u0073\u0073",
        [0x1F50] = "\u03C5\u0313", [0x1F52] = "\u03C5\u0313\u0300", [0x1F54] = "\u03C5\u0313\u0301", [0x1F56] = "\u03C5\u0313\u0342", [0x1F80] = "\u1F00\u03B9", [0x1F81] = "\u1F01\u03B9",
        [0x1F82] = "\u1F02\u03B9", [0x1F83] = "\u1F03\u03B9", [0x1F84] = "\u1F04\u03B9", [0x1F85] = "\u1F05\u03B9", [0x1F86] = "\u1F06\u03B9", [0x1F87] = "\u1F07\u03B9",
        [0x1F88] = "\u1F00\u03B9", [0x1F89] = "\u1F01\u03B9", [0x1F8A] = "\u1F02\u03B9", [0x1F8B] = "\u1F03\u03B9", [0x1F8C] = "\u1F04\u03B9", [0x1F8D] = "\u1F05\u03B9",
        [0x1F8E] = "\u1F06\u03B9", [0x1F8F] = "\u1F07\u03B9", [0x1F90] = "\u1F20\u03B9", [0x1F91] = "\u1F21\u03B9", [0x1F92] = "\u1F22\u03B9", [0x1F93] = "\u1F23\u03B9",
        [0x1F94] = "\u1F24\u03B9", [0x1F95] = "\u1F25\u03B9", [0x1F96] = "\u1F26\u03B9", [0x1F97] = "\u1F27\u03B9", [0x1F98] = "\u1F20\u03B9", [0x1F99] = "\u1F21\u03B9",
        [0x1F9A] = "\u1F22\u03B9", [0x1F9B] = "\u1F23\u03B9", [0x1F9C] = "\u1F24\u03B9", [0x1F9D] = "\u1F25\u03B9", [0x1F9E] = "\u1F26\u03B9", [0x1F9F] = "\u1F27\u03B9",
        [0x1FA0] = "\u1F60\u03B9", [0x1FA1] = "\u1F61\u03B9", [0x1FA2] = "\u1F62\u03B9", [0x1FA3] = "\u1F63\u03B9", [0x1FA4] = "\u1F64\u03B9", [0x1FA5] = "\u1F65\u03B9",
        [0x1FA6] = "\u1F66\u03B9", [0x1FA7] = "\u1F67\u03B9", [0x1FA8] = "\u1F60\u03B9", [0x1FA9] = "\u1F61\u03B9", [0x1FAA] = "\u1F62\u03B9", [0x1FAB] = "\u1F63\u03B9",
        [0x1FAC] = "\u1F64\u03B9", [0x1FAD] = "\u1F65\u03B9", [0x1FAE] = "\u1F66\u03B9", [0x1FAF] = "\u1F67\u03B9", [0x1FB2] = "\u1F70\u03B9", [0x1FB3] = "\u03B1\u03B9",
        [0x1FB4] = "\u03AC\u03B9", [0x1FB6] = "\u03B1\u0342", [0x1FB7] = "\u03B1\u0342\u03B9", [0x1FBC] = "\u03B1\u03B9", [0x1FBE] = "\u03B9", [0x1FC2] = "\u1F74\u03B9",
        [0x1FC3] = "\u03B7\u03B9", [0x1FC4] = "\u03AE\u03B9", [0x1FC6] = "\u03B7\u0342", [0x1FC7] = "\u03B7\u0342\u03B9", [0x1FCC] = "\u03B7\u03B9", [0x1FD2] = "\u03B9\u0308\u0300",
        [0x1FD3] = "\u03B9\u0308\u0301", [0x1FD6] = "\u03B9\u0342", [0x1FD7] = "\u03B9\u0308\u0342", [0x1FE2] = "\u03C5\u0308\u0300", [0x1FE3] = "\u03C5\u0308\u0301", [0x1FE4] = "\u03C1\u0313",
        [0x1FE6] = "\u03C5\u0342", [0x1FE7] = "\u03C5\u0308\u0342", [0x1FF2] = "\u1F7C\u03B9", [0x1FF3] = "\u03C9\u03B9", [0x1FF4] = "\u03CE\u03B9", [0x1FF6] = "\u03C9\u0342",
        [0x1FF7] = "\u03C9\u0342\u03B9", [0x1FFC] = "\u03C9\u03B9", [0xAB70] = "\u13A0", [0xAB71] = "\u13A1", [0xAB72] = "\u13A2", [0xAB73] = "\u13A3",
        [0xAB74] = "\u13A4", [0xAB75] = "\u13A5", [0xAB76] = "\u13A6", [0xAB77] = "\u13A7", [0xAB78] = "\u13A8", [0xAB79] = "\u13A9",
        [0xAB7A] = "\u13AA", [0xAB7B] = "\u13AB", [0xAB7C] = "\u13AC", [0xAB7D] = "\u13AD", [0xAB7E] = "\u13AE", [0xAB7F] = "\u13AF",
        [0xAB80] = "\u13B0", [0xAB81] = "\u13B1", [0xAB82] = "\u13B2", [0xAB83] = "\u13B3", [0xAB84] = "\u13B4", [0xAB85] = "\u13B5",
        [0xAB86] = "\u13B6", [0xAB87] = "\u13B7", [0xAB88] = "\u13B8", [0xAB89] = "\u13B9", [0xAB8A] = "\u13BA", [0xAB8B] = "\u13BB",
        [0xAB8C] = "\u13BC", [0xAB8D] = "\u13BD", [0xAB8E] = "\u13BE", [0xAB8F] = "\u13BF", [0xAB90] = "\u13C0", [0xAB91] = "\u13C1",
        [0xAB92] = "\u13C2", [0xAB93] = "\u13C3", [0xAB94] = "\u13C4", [0xAB95] = "\u13C5", [0xAB96] = "\u13C6", [0xAB97] = "\u13C7",
        [0xAB98] = "\u13C8", [0xAB99] = "\u13C9", [0xAB9A] = "\u13CA", [0xAB9B] = "\u13CB", [0xAB9C] = "\u13CC", [0xAB9D] = "\u13CD",
        [0xAB9E] = "\u13CE", [0xAB9F] = "\u13CF", [0xABA0] = "\u13D0", [0xABA1] = "\u13D1", [0xABA2] = "\u13D2", [0xABA3] = "\u13D3",
        [0xABA4] = "\u13D4", [0xABA5] = "\u13D5", [0xABA6] = "\u13D6", [0xABA7] = "\u13D7", [0xABA8] = "\u13D8", [0xABA9] = "\u13D9",
        [0xABAA] = "\u13DA", [0xABAB] = "\u13DB", [0xABAC] = "\u13DC", [0xABAD] = "\u13DD", [0xABAE] = "\u13DE", [0xABAF] = "\u13DF",
        [0xABB0] = "\u13E0", [0xABB1] = "\u13E1", [0xABB2] = "\u13E2", [0xABB3] = "\u13E3", [0xABB4] = "\u13E4", [0xABB5] = "\u13E5",
        [0xABB6] = "\u13E6", [0xABB7] = "\u13E7", [0xABB8] = "\u13E8", [0xABB9] = "\u13E9", [0xABBA] = "\u13EA", [0xABBB] = "\u13EB",
        [0xABBC] = "\u13EC", [0xABBD] = "\u13ED", [0xABBE] = "\u13EE", [0xABBF] = "\u13EF", [0xFB00] = "\u0066\u0066", [0xFB01] = "\u0066\u0069",
        [0xFB02] = "\u0066\u006C", [0xFB03] = "\u0066\u0066\u0069", [0xFB04] = "\u0066\u0066\u006C", [0xFB05] = "\u0073\u0074", [0xFB06] = "\u0073\u0074", [0xFB13] = "\u0574\u0576",
        [0xFB14] = "\u0574\u0565", [0xFB15] = "\u0574\u056B", [0xFB16] = "\u057E\u0576", [0xFB17] = "\u0574\u056D",
    };
}
