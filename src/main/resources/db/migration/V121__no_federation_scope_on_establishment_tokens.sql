-- Issue 19: the API scope that guarded no endpoint is removed.

-- The FEDERATION scope of establishment tokens guarded no endpoint: calls between Préau instances
-- take the instance tokens of the configuration (transfer.FederationSecurity), never a director's
-- token. Tokens lose that scope; a token that had only it opened nothing and is revoked.
UPDATE api_token
SET revoked_at = CURRENT_TIMESTAMP(6), revoked_by = 'Préau'
WHERE scopes = 'FEDERATION' AND revoked_at IS NULL;

UPDATE api_token
SET scopes = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', scopes, ','), ',FEDERATION,', ','))
WHERE FIND_IN_SET('FEDERATION', scopes) > 0 AND scopes <> 'FEDERATION';
