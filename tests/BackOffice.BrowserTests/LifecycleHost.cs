using Microsoft.Extensions.Time.Testing;

namespace BackOffice.BrowserTests;

/// <summary>A browser host on a clock the journey moves: business dates pass, and 22:30 in Shanghai comes on cue.</summary>
public sealed class LifecycleHost : BrowserHost
{
    public LifecycleHost()
        : this(new BusinessClockFactory())
    {
    }

    private LifecycleHost(BusinessClockFactory factory)
        : base(factory)
    {
        Clock = factory.Clock;
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>A member of staff at a browser of their own, signed in with the keyboard.</summary>
    public async Task<KeyboardUser> SignInAsync(string email, string locale = "en-GB")
    {
        var person = new KeyboardUser(await NewPageAsync(locale: locale));
        await person.SignInAsync(email);
        return person;
    }

    public void SetClock(DateOnly date, int hour, int minute = 0) =>
        Clock.SetUtcNow(new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero));
}
