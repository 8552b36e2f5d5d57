using System.Net;
using BackOffice.Host.PartnerApi;
using BackOffice.Origination.Contracts;
using BackOffice.Origination.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Origination;

public sealed class IdempotencyAndIsolationTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task A_retry_with_the_same_key_and_body_returns_the_first_answer_and_stores_nothing_new()
    {
        var api = await DealerApi.ConnectAsync(factory);
        var body = Applications.Approvable();
        var key = Guid.NewGuid().ToString();

        var first = await api.SubmitAsync(body, key);
        var before = await CountAsync();
        var retry = await api.SubmitAsync(body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await DealerApi.ReadAsync(first)).GetProperty("id").GetGuid(), (await DealerApi.ReadAsync(retry)).GetProperty("id").GetGuid());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_422()
    {
        var api = await DealerApi.ConnectAsync(factory);
        var key = Guid.NewGuid().ToString();
        await api.SubmitAsync(Applications.Approvable(), key);

        var response = await api.SubmitAsync(Applications.Approvable(), key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("idempotency-key-reused", (await DealerApi.ReadAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_missing_key_is_400_and_stores_nothing()
    {
        var api = await DealerApi.ConnectAsync(factory);
        var before = await CountAsync();

        var response = await api.SubmitAsync(Applications.Approvable(), idempotencyKey: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await DealerApi.ReadAsync(response)).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Concurrent_duplicates_store_one_application_and_the_others_are_409_or_its_replay()
    {
        var api = await DealerApi.ConnectAsync(factory);
        var body = Applications.Approvable();
        var key = Guid.NewGuid().ToString();
        var before = await CountAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.SubmitAsync(body, key)));

        Assert.Equal(before + 1, await CountAsync());
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var ids = new HashSet<Guid>();
        foreach (var response in responses.Where(r => r.StatusCode != HttpStatusCode.Conflict))
        {
            ids.Add((await DealerApi.ReadAsync(response)).GetProperty("id").GetGuid());
        }

        Assert.Single(ids);
    }

    [Fact]
    public async Task Another_dealer_sees_none_of_it_not_even_that_it_exists()
    {
        var sunrise = await DealerApi.ConnectAsync(factory);
        var id = (await sunrise.SubmitOkAsync(Applications.Approvable())).GetProperty("id").GetGuid();
        var other = await OtherDealerAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/applications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/applications/{id}/withdraw")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/applications/{id}/contract")).StatusCode);
        var list = await DealerApi.ReadAsync(await other.GetAsync("/api/v1/applications"));
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.OK, (await sunrise.GetAsync($"/api/v1/applications/{id}")).StatusCode);
    }

    [Fact]
    public async Task Two_dealers_may_use_the_same_key_without_meeting()
    {
        var sunrise = await DealerApi.ConnectAsync(factory);
        var other = await OtherDealerAsync();
        var key = Guid.NewGuid().ToString();

        Assert.Equal(HttpStatusCode.Created, (await sunrise.SubmitAsync(Applications.Approvable(), key)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await other.SubmitAsync(Applications.Approvable(), key)).StatusCode);
    }

    private async Task<DealerApi> OtherDealerAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var code = "OTHER" + Random.Shared.Next(1000, 9999);
        var dealerId = await scope.ServiceProvider.GetRequiredService<ISender>().Send(
            new RegisterDealerCommand("Other Motors", code, "it@other.example", "test"), TestContext.Current.CancellationToken);
        var issued = await scope.ServiceProvider.GetRequiredService<DealerApiClients>()
            .CreateAsync(dealerId, code, "test", TestContext.Current.CancellationToken);
        return await DealerApi.ConnectAsync(factory, issued.ClientId, issued.Secret);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OriginationDbContext>().Applications.CountAsync(TestContext.Current.CancellationToken);
    }
}
